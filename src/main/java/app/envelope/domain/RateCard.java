package app.envelope.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The full, dated rate card: every version of every price. Versions are never edited in place; a
 * change is a new version from a date, and {@link #asOf(LocalDate)} picks the versions in force.
 */
public record RateCard(String currency, List<AiModel> models, List<ModelPrice> prices, List<TierModel> tierModels,
                       List<TierMix> tierMixes, List<SizeEnvelope> envelopes, List<EffortMultiplier> efforts,
                       List<LabourRate> labourRates, List<FxRate> fxRates, List<ToolingItem> tooling) {
    public RateCard {
        currency = currency == null ? "USD" : currency;
        models = List.copyOf(models);
        prices = List.copyOf(prices);
        tierModels = List.copyOf(tierModels);
        tierMixes = List.copyOf(tierMixes);
        envelopes = List.copyOf(envelopes);
        efforts = List.copyOf(efforts);
        labourRates = List.copyOf(labourRates);
        fxRates = List.copyOf(fxRates);
        tooling = List.copyOf(tooling);
    }

    /**
     * For each key, the version with the latest {@code validFrom} on or before {@code date}. A key
     * whose first version starts after {@code date} has nothing in force and is left out.
     */
    public static <V extends Versioned> Map<String, V> inForce(List<V> versions, LocalDate date) {
        Map<String, V> result = new LinkedHashMap<>();
        for (V v : versions) {
            if (v.validFrom().isAfter(date)) {
                continue;
            }
            V current = result.get(v.versionKey());
            if (current == null || v.validFrom().isAfter(current.validFrom())) {
                result.put(v.versionKey(), v);
            }
        }
        return result;
    }

    public Optional<AiModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ModelPrice> priceOf(String modelId, LocalDate date) {
        return Optional.ofNullable(inForce(prices, date).get(modelId));
    }

    public Optional<FxRate> fxRate(String currencyCode, LocalDate date) {
        return Optional.ofNullable(inForce(fxRates, date).get(currencyCode.toUpperCase(java.util.Locale.ROOT)));
    }

    /** The prices in force on {@code date}, resolved per tier. */
    public Pricing asOf(LocalDate date) {
        Map<String, ModelPrice> priceNow = inForce(prices, date);
        Map<String, TierMix> mixNow = inForce(tierMixes, date);
        Map<Tier, TierPricing> tiers = new EnumMap<>(Tier.class);
        for (TierModel tm : inForce(tierModels, date).values()) {
            ModelPrice price = priceNow.get(tm.modelId());
            TierMix mix = mixNow.get(tm.tier().name());
            AiModel model = model(tm.modelId()).orElse(null);
            if (price != null && mix != null && model != null) {
                tiers.put(tm.tier(), TierPricing.of(tm.tier(), model, price, mix.mix()));
            }
        }
        Map<Size, SizeEnvelope> env = new EnumMap<>(Size.class);
        inForce(envelopes, date).values().forEach(e -> env.put(e.size(), e));
        Map<Effort, java.math.BigDecimal> mult = new EnumMap<>(Effort.class);
        inForce(efforts, date).values().forEach(e -> mult.put(e.effort(), e.multiplier()));
        Map<String, java.math.BigDecimal> rates = new HashMap<>();
        inForce(labourRates, date).values().forEach(r -> rates.put(r.role(), r.hourly()));
        return new Pricing(date, currency, tiers, env, mult, rates);
    }

    /** Distinct dates on which any version starts, oldest first (the rate card's history). */
    public List<LocalDate> versionDates() {
        List<Versioned> all = new ArrayList<>();
        all.addAll(prices);
        all.addAll(tierModels);
        all.addAll(tierMixes);
        all.addAll(envelopes);
        all.addAll(efforts);
        all.addAll(labourRates);
        all.addAll(fxRates);
        all.addAll(tooling);
        return all.stream().map(Versioned::validFrom).distinct().sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
    }
}
