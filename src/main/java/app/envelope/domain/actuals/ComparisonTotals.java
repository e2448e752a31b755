package app.envelope.domain.actuals;

import java.math.BigDecimal;

/**
 * A sprint's comparison summed. Plan figures are over the sprint's plan lines; actual figures
 * per category over those lines; spend nobody planned is kept apart. Labour (plan and actual) is
 * summed over the lines with hours entered only.
 *
 * @param riskPlanned      total risk reserve R
 * @param riskUsed         the part of R the token overruns consumed
 * @param unplannedEpics   spend attributed to epics not planned in the sprint
 * @param unattributed     the sprint's spend no rule attributed to an epic
 * @param outsideSprint    spend of the same imported files charged on days outside any sprint
 * @param total            sum of C against the sprint's actual (lines + unplanned epics + unattributed)
 * @param split            volume, mix and price summed over the lines that have a split
 * @param linesWithoutSplit lines whose billing lines carry no token counts (their split is n/a)
 * @param linesWithoutHours lines with no actual hours entered: their labour is left out of plan and actual
 * @param importedTotal    effective cost of every line of the imported files that hold this sprint's spend
 * @param inOtherSprints   the part of those files charged in other sprints
 * @param batches          how many imported files hold spend of this sprint
 * @param billingLines     billing lines charged in the sprint
 */
public record ComparisonTotals(CategoryFigures labour, CategoryFigures tokens, CategoryFigures tooling,
                               BigDecimal riskPlanned, BigDecimal riskUsed, BigDecimal unplannedEpics,
                               BigDecimal unattributed, BigDecimal outsideSprint, CategoryFigures total,
                               VarianceSplit split, int linesWithSplit, int linesWithoutSplit, int linesWithoutHours,
                               BigDecimal importedTotal, BigDecimal inOtherSprints, int batches, long billingLines) {

    /** Billing spend in this comparison: attributed (planned or not) + unattributed + outside any sprint. */
    public BigDecimal billingInComparison() {
        return tokens.actual().add(tooling.actual()).add(unplannedEpics).add(unattributed).add(outsideSprint);
    }

    /** The comparison's bottom line: the sprint's actual plus the spend outside any sprint. */
    public BigDecimal grandActual() {
        return total.actual().add(outsideSprint);
    }

    /** Whether the billing spend shown plus what the same files charged in other sprints is the imported total, exactly. */
    public boolean reconciles() {
        return billingInComparison().add(inOtherSprints).compareTo(importedTotal) == 0;
    }
}
