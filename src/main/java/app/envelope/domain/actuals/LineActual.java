package app.envelope.domain.actuals;

import java.math.BigDecimal;

/**
 * What was entered against a plan line after its sprint: the actual hours (labour and review
 * together) and the outcome. Either may be null (not entered yet).
 */
public record LineActual(long planLineId, BigDecimal hours, Outcome outcome) {
    public LineActual {
        if (hours != null && hours.signum() < 0) {
            throw new IllegalArgumentException("actual hours cannot be negative (" + hours.toPlainString() + ")");
        }
    }

    public static LineActual none(long planLineId) {
        return new LineActual(planLineId, null, null);
    }

    public boolean isEmpty() {
        return hours == null && outcome == null;
    }

    public LineActual withHours(BigDecimal newHours) {
        return new LineActual(planLineId, newHours, outcome);
    }

    public LineActual withOutcome(Outcome newOutcome) {
        return new LineActual(planLineId, hours, newOutcome);
    }
}
