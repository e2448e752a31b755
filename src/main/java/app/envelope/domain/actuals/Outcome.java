package app.envelope.domain.actuals;

import java.util.Objects;

/** What a plan line delivered in its sprint: a count and its unit, e.g. 14 "PRs merged". */
public record Outcome(long count, String unit) {
    public Outcome {
        Objects.requireNonNull(unit, "unit");
        unit = unit.strip();
        if (count < 0) {
            throw new IllegalArgumentException("an outcome count cannot be negative (" + count + ")");
        }
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("an outcome needs a unit, e.g. \"PRs merged\"");
        }
        if (unit.length() > 60) {
            throw new IllegalArgumentException("an outcome unit is at most 60 characters");
        }
    }

    @Override
    public String toString() {
        return count + " " + unit;
    }
}
