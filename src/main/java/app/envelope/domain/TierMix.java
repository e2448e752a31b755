package app.envelope.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A tier's token mix, from a date. */
public record TierMix(Tier tier, LocalDate validFrom, TokenMix mix) implements Versioned {
    public TierMix {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(mix, "mix");
    }

    @Override
    public String versionKey() {
        return tier.name();
    }
}
