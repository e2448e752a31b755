package app.envelope.domain.actuals;

import app.envelope.domain.Sprint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sprint planned against actual: one {@link EpicComparison} per plan line (board order), the
 * spend nobody planned as rows of its own, totals that reconcile to the imported files, the
 * subsidy exposure of the actuals, the budget alerts (sprint first, then lines, most used first)
 * and the cost per outcome by unit. The record the Compare screen, {@code compare --json} and the
 * finance workbook read; see docs/variance.md for every definition.
 */
public record SprintComparison(Sprint sprint, String currency, List<EpicComparison> epics,
                               List<SpendRow> unplannedEpics, SpendRow unattributed, SpendRow outsideSprint,
                               ComparisonTotals totals, ActualSubsidy subsidy, List<BudgetAlert> alerts,
                               List<OutcomePoint> outcomesByUnit) {
    public SprintComparison {
        Objects.requireNonNull(sprint, "sprint");
        epics = List.copyOf(epics);
        unplannedEpics = List.copyOf(unplannedEpics);
        alerts = List.copyOf(alerts);
        outcomesByUnit = List.copyOf(outcomesByUnit);
    }

    public Optional<EpicComparison> epic(String key) {
        return epics.stream().filter(e -> e.epicKey().equals(key)).findFirst();
    }

    /** The sprint's own alert (its actual against the sum of C), if it reached 75%. */
    public Optional<BudgetAlert> sprintAlert() {
        return alerts.stream().filter(a -> a.scope() == BudgetAlert.Scope.SPRINT).findFirst();
    }

    /** Whether anything actual is known: billing lines charged in the sprint or hours entered. */
    public boolean hasActuals() {
        return totals.billingLines() > 0 || epics.stream().anyMatch(EpicComparison::hoursEntered);
    }
}
