package app.envelope.billing.format;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.util.HashMap;
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
        int start = b.col("ChargePeriodStart");
        int provider = b.col("ProviderName");
        int service = b.col("ServiceName");
        int skuMeter = b.col("SkuMeter");
        int skuId = b.col("SkuId");
        int consumedQty = b.col("ConsumedQuantity");
        int consumedUnit = b.col("ConsumedUnit");
        int pricingQty = b.col("PricingQuantity");
        int pricingUnit = b.col("PricingUnit");
        int list = b.col("ListCost");
        int effective = b.col("EffectiveCost");
        int billed = b.col("BilledCost");
        int currency = b.col("BillingCurrency");
        int subAccount = b.col("SubAccountName");
        int tagsCol = b.col("Tags");
        int[] extras = b.unused();
        TagsJson tagParser = new TagsJson();
        return row -> {
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
                extra = new HashMap<>(extra);
                extra.put(h.name(tagsCol), tagText);
            }
            String sku = row.firstText(skuMeter, skuId);
            WorkTags tags = new WorkTags(row.text(subAccount), null, null, null, null, null, raw, extra);
            return new BillingLine(row.number(), row.date(start), vendor, row.text(service), sku, null, unit,
                    TokenTypes.fromText(row.text(skuMeter)), quantity, tokens ? consumed : null,
                    list < 0 ? null : row.money(list), effectiveCost, row.money(billed), cur.toUpperCase(Locale.ROOT), tags);
        };
    }
}
