package app.envelope.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Which model serves a tier, from a date. */
public record TierModel(Tier tier, LocalDate validFrom, String modelId) implements Versioned {
    public TierModel {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(modelId, "modelId");
    }

    @Override
    public String versionKey() {
        return tier.name();
    }
}
