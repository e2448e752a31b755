package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The rate card resolved for one date (a sprint's start): every tier's model, prices and mix, the
 * size envelopes, effort multipliers and labour rates in force then.
 */
public record Pricing(LocalDate asOf, String currency, Map<Tier, TierPricing> tiers, Map<Size, SizeEnvelope> envelopes,
                      Map<Effort, BigDecimal> effortMultipliers, Map<String, BigDecimal> labourRates) {
    public Pricing {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        tiers = Map.copyOf(tiers);
        envelopes = Map.copyOf(envelopes);
        effortMultipliers = Map.copyOf(effortMultipliers);
        labourRates = Map.copyOf(labourRates);
    }

    public TierPricing tier(Tier tier) {
        TierPricing p = tiers.get(tier);
        if (p == null) {
            throw new IllegalStateException("the rate card has no model for the " + tier.label() + " tier on " + asOf);
        }
        return p;
    }

    public SizeEnvelope envelope(Size size) {
        SizeEnvelope e = envelopes.get(size);
        if (e == null) {
            throw new IllegalStateException("the rate card has no size envelope for " + size + " on " + asOf);
        }
        return e;
    }

    public BigDecimal effortMultiplier(Effort effort) {
        BigDecimal m = effortMultipliers.get(effort);
        if (m == null) {
            throw new IllegalStateException("the rate card has no multiplier for " + effort.label() + " effort on " + asOf);
        }
        return m;
    }

    /** Hourly rate for a role; the blended rate when the role is empty or unknown. */
    public BigDecimal labourRate(String role) {
        if (role != null && !role.isBlank()) {
            BigDecimal r = labourRates.get(role);
            if (r != null) {
                return r;
            }
        }
        BigDecimal blended = labourRates.get(LabourRate.BLENDED);
        if (blended == null) {
            throw new IllegalStateException("the rate card has no rate for role \"" + role + "\" and no blended rate on " + asOf);
        }
        return blended;
    }
}
