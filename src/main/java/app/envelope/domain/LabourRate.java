package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Hourly rate for a role, from a date. The role {@value #BLENDED} is used when a line names none. */
public record LabourRate(String role, LocalDate validFrom, BigDecimal hourly) implements Versioned {
    public static final String BLENDED = "blended";

    public LabourRate {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(hourly, "hourly");
        if (hourly.signum() < 0) {
            throw new IllegalArgumentException("a labour rate cannot be negative");
        }
    }

    @Override
    public String versionKey() {
        return role;
    }
}
