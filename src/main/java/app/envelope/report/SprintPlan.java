package app.envelope.report;

import app.envelope.domain.Pricing;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import java.util.Objects;

/**
 * One exported sprint: its number in the workbook (1, 2, ...; the key the sheets use to find its
 * rows), the sprint, the prices in force on its pricing date, and its plan evaluated at them.
 */
public record SprintPlan(int number, Sprint sprint, Pricing pricing, SprintEvaluation evaluation) {
    public SprintPlan {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(evaluation, "evaluation");
        if (number < 1) {
            throw new IllegalArgumentException("sprint numbers start at 1");
        }
    }
}
