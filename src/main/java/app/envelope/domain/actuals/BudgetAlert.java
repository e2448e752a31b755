package app.envelope.domain.actuals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A line or the sprint at 75%, 90% or 100% of its plan.
 *
 * @param key    the epic key, or the sprint's name for the sprint itself
 * @param share  actual / plan as a percentage, one decimal; null when the plan is zero
 */
public record BudgetAlert(Scope scope, String key, AlertLevel level, BigDecimal actual, BigDecimal plan,
                          BigDecimal share) {
    public enum Scope { SPRINT, LINE }

    public BudgetAlert {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
        if (level == AlertLevel.NONE) {
            throw new IllegalArgumentException("an alert needs a level");
        }
    }

    public static BudgetAlert of(Scope scope, String key, BigDecimal actual, BigDecimal plan) {
        AlertLevel level = AlertLevel.of(actual, plan);
        return level == AlertLevel.NONE ? null
                : new BudgetAlert(scope, key, level, actual, plan, CategoryFigures.percentOf(actual, plan));
    }
}
