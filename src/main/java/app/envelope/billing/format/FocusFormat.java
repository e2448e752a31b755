package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * FinOps FOCUS 1.0, 1.1 and 1.2 exports; the version is told by the columns present (1.2:
 * {@code InvoiceId}, {@code PricingCurrency*}, {@code *AccountType}; 1.1: {@code ServiceSubcategory},
 * {@code CommitmentDiscountQuantity/Unit}, {@code SkuMeter}, {@code SkuPriceDetails},
 * {@code CapacityReservation*}). List = {@code ListCost}, effective = {@code EffectiveCost},
 * billed = {@code BilledCost}, currency = {@code BillingCurrency}; the day is the UTC day of
 * {@code ChargePeriodStart}. {@code SubAccountName} is the project, {@code Tags} JSON the raw tags;
 * every other column ({@code ResourceName}, {@code x_*}, ...) is kept as an extra.
 */
public final class FocusFormat implements FormatRecognizer {
    private static final String[] V12 = {"InvoiceId", "PricingCurrency", "PricingCurrencyEffectiveCost",
        "PricingCurrencyListUnitPrice", "PricingCurrencyContractedUnitPrice", "SubAccountType", "BillingAccountType"};
    private static final String[] V11 = {"ServiceSubcategory", "CommitmentDiscountQuantity", "CommitmentDiscountUnit",
        "SkuMeter", "SkuPriceDetails", "CapacityReservationId", "CapacityReservationStatus"};

    @Override
    public DetectedFormat recognize(Header h) {
        if (!h.has("BilledCost", "EffectiveCost", "ChargePeriodStart")) return null;
        String version = any(h, V12) ? "1.2" : any(h, V11) ? "1.1" : "1.0";
        return new DetectedFormat("focus-" + version, "FOCUS " + version, h.has("ListCost"), true, null, bind(h));
    }

    private static boolean any(Header h, String[] names) {
        for (String n : names) {
            if (h.has(n)) return true;
        }
        return false;
    }

    private static RowMapper bind(Header h) {
        Header.Binder b = h.binder();
        return new Mapper(h, b.col("ChargePeriodStart"), b.col("ProviderName"), b.col("ServiceName"), b.col("SkuMeter"),
                b.col("SkuId"), b.col("ConsumedQuantity"), b.col("ConsumedUnit"), b.col("PricingQuantity"),
                b.col("PricingUnit"), b.col("ListCost"), b.col("EffectiveCost"), b.col("BilledCost"),
                b.col("BillingCurrency"), b.col("SubAccountName"), b.col("Tags"), b.unused(), new TagsJson());
    }

    /**
     * The columns of one file's header. A class rather than a lambda, as {@code GithubUsageFormat}'s:
     * FOCUS exports run to millions of rows, and the JIT then compiles a row's mapping once.
     */
    private record Mapper(Header h, int start, int provider, int service, int skuMeter, int skuId, int consumedQty,
                          int consumedUnit, int pricingQty, int pricingUnit, int list, int effective, int billed,
                          int currency, int subAccount, int tagsCol, int[] extras, TagsJson tagParser) implements RowMapper {
        @Override
        public BillingLine map(Row row) {
            BigDecimal effectiveCost = row.requiredMoney(effective, "effective cost");
            String cur = row.requiredText(currency, "currency");
            String vendor = row.requiredText(provider, "provider");
            String unit = row.firstText(consumedUnit, pricingUnit);
            BigDecimal consumed = row.number(consumedQty, "consumed quantity");
            BigDecimal quantity = consumed != null ? consumed : row.number(pricingQty, "pricing quantity");
            String cUnit = row.text(consumedUnit);
            boolean tokens = consumed != null && cUnit != null && cUnit.toLowerCase(Locale.ROOT).contains("token");
            Map<String, String> extra = row.extras(extras);
            String tagText = row.text(tagsCol);
            Map<String, String> raw = tagParser.parse(tagText);
            if (raw == null) {
                // Tags that are not JSON are kept as they are, as a column of their own after the others.
                extra = new LinkedHashMap<>(extra);
                extra.put(h.name(tagsCol), tagText);
            }
            String sku = row.firstText(skuMeter, skuId);
            WorkTags tags = new WorkTags(row.text(subAccount), null, null, null, null, null, raw, extra);
            return new BillingLine(row.number(), row.date(start), vendor, row.text(service), sku, null, unit,
                    TokenTypes.fromText(row.text(skuMeter)), quantity, tokens ? consumed : null,
                    list < 0 ? null : row.money(list), effectiveCost, row.money(billed), cur.toUpperCase(Locale.ROOT), tags);
        }
    }
}
