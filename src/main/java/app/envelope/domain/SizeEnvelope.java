package app.envelope.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Tokens an epic of a size needs at medium effort: P50 (typical) and P90 (bad case), from a date. */
public record SizeEnvelope(Size size, LocalDate validFrom, long p50, long p90) implements Versioned {
    public SizeEnvelope {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(validFrom, "validFrom");
        if (p50 < 0) {
            throw new IllegalArgumentException("P50 tokens cannot be negative");
        }
        if (p90 < p50) {
            throw new IllegalArgumentException("P90 (" + p90 + ") cannot be below P50 (" + p50 + ") for size " + size);
        }
    }

    @Override
    public String versionKey() {
        return size.name();
    }
}
