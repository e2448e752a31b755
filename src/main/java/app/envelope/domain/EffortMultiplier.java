package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Token multiplier for an effort level (defaults: low 0.5, medium 1, high 2), from a date. */
public record EffortMultiplier(Effort effort, LocalDate validFrom, BigDecimal multiplier) implements Versioned {
    public EffortMultiplier {
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(multiplier, "multiplier");
        if (multiplier.signum() < 0) {
            throw new IllegalArgumentException("an effort multiplier cannot be negative");
        }
    }

    @Override
    public String versionKey() {
        return effort.name();
    }
}
