package app.envelope.domain.actuals;

import app.envelope.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Planned against actual money of one category, exact. */
public record CategoryFigures(BigDecimal plan, BigDecimal actual) {
    public static final CategoryFigures ZERO = new CategoryFigures(BigDecimal.ZERO, BigDecimal.ZERO);

    public CategoryFigures {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(actual, "actual");
    }

    /** Actual - plan: positive is over plan. */
    public BigDecimal variance() {
        return actual.subtract(plan);
    }

    /** Variance as a percentage of plan, one decimal (half-even); null when the plan is zero. */
    public BigDecimal percent() {
        return percentOf(variance(), plan);
    }

    public CategoryFigures plus(CategoryFigures o) {
        return new CategoryFigures(plan.add(o.plan), actual.add(o.actual));
    }

    static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(Money.HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
