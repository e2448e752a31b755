package app.envelope.ui.compare;

import app.envelope.domain.Flag;
import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.SpendRow;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.VarianceSplit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the compare grid: a plan line, spend nobody planned (an epic not planned this sprint,
 * unattributed), the sprint total, spend outside any sprint, or the billing imported. Each column
 * reads its figure here; null means the cell is blank (or "n/a"/"not entered", see the column).
 */
public record CompareRow(Kind kind, String key, String label, EpicComparison epic, SpendRow spend,
                         SprintComparison sprint) {
    public enum Kind { EPIC, UNPLANNED, UNATTRIBUTED, SPRINT_TOTAL, OUTSIDE, IMPORTED }

    /** The grid's rows for a comparison: lines in board order, spend nobody planned, totals. */
    public static List<CompareRow> of(SprintComparison c) {
        List<CompareRow> rows = new ArrayList<>();
        for (EpicComparison e : c.epics()) {
            rows.add(new CompareRow(Kind.EPIC, e.epicKey(), e.epic() == null ? "" : e.epic().title(), e, null, c));
        }
        for (SpendRow r : c.unplannedEpics()) {
            rows.add(new CompareRow(Kind.UNPLANNED, r.key(), r.label(), null, r, c));
        }
        rows.add(new CompareRow(Kind.UNATTRIBUTED, "Unattributed", c.unattributed().label(), null, c.unattributed(), c));
        rows.add(new CompareRow(Kind.SPRINT_TOTAL, "Sprint total", c.sprint().name(), null, null, c));
        rows.add(new CompareRow(Kind.OUTSIDE, "Outside", c.outsideSprint().label(), null, c.outsideSprint(), c));
        rows.add(new CompareRow(Kind.IMPORTED, "Imported", "attributed + unattributed + outside any sprint",
                null, null, c));
        return rows;
    }

    private ComparisonTotals t() {
        return sprint.totals();
    }

    private BigDecimal spendRowsTokens() {
        BigDecimal v = sprint.unattributed().tokens();
        for (SpendRow r : sprint.unplannedEpics()) {
            v = v.add(r.tokens());
        }
        return v;
    }

    private BigDecimal spendRowsTooling() {
        BigDecimal v = sprint.unattributed().tooling();
        for (SpendRow r : sprint.unplannedEpics()) {
            v = v.add(r.tooling());
        }
        return v;
    }

    public boolean isEpic() {
        return kind == Kind.EPIC;
    }

    public BigDecimal tokensPlan() {
        return switch (kind) {
            case EPIC -> epic.tokens().plan();
            case SPRINT_TOTAL -> t().tokens().plan();
            default -> null;
        };
    }

    public BigDecimal tokensActual() {
        return switch (kind) {
            case EPIC -> epic.tokens().actual();
            case UNPLANNED, UNATTRIBUTED, OUTSIDE -> spend.tokens();
            case SPRINT_TOTAL -> t().tokens().actual().add(spendRowsTokens());
            case IMPORTED -> t().tokens().actual().add(spendRowsTokens()).add(sprint.outsideSprint().tokens());
        };
    }

    /** The split, or null: for a line without token counts, and for rows that are not lines or the sprint. */
    public VarianceSplit split() {
        return switch (kind) {
            case EPIC -> epic.tokenVariance().split();
            case SPRINT_TOTAL -> t().split();
            default -> null;
        };
    }

    /** True where the split should read "n/a" (a line whose billing lines carry no token counts). */
    public boolean splitNotAvailable() {
        return kind == Kind.EPIC && !epic.tokenVariance().splitAvailable();
    }

    public BigDecimal toolingPlan() {
        return switch (kind) {
            case EPIC -> epic.tooling().plan();
            case SPRINT_TOTAL -> t().tooling().plan();
            default -> null;
        };
    }

    public BigDecimal toolingActual() {
        return switch (kind) {
            case EPIC -> epic.tooling().actual();
            case UNPLANNED, UNATTRIBUTED, OUTSIDE -> spend.tooling();
            case SPRINT_TOTAL -> t().tooling().actual().add(spendRowsTooling());
            case IMPORTED -> t().tooling().actual().add(spendRowsTooling()).add(sprint.outsideSprint().tooling());
        };
    }

    public BigDecimal labourPlan() {
        return switch (kind) {
            case EPIC -> epic.plannedLabour();
            case SPRINT_TOTAL -> t().labour().plan();
            default -> null;
        };
    }

    /** Actual labour; null for a line without hours entered ("not entered"). */
    public BigDecimal labourActual() {
        return switch (kind) {
            case EPIC -> epic.hoursEntered() ? epic.labour().actual() : null;
            case SPRINT_TOTAL -> t().labour().actual();
            default -> null;
        };
    }

    public boolean hoursMissing() {
        return kind == Kind.EPIC && !epic.hoursEntered();
    }

    public BigDecimal riskPlan() {
        return switch (kind) {
            case EPIC -> epic.riskPlanned();
            case SPRINT_TOTAL -> t().riskPlanned();
            default -> null;
        };
    }

    public BigDecimal riskUsed() {
        return switch (kind) {
            case EPIC -> epic.riskUsed();
            case SPRINT_TOTAL -> t().riskUsed();
            default -> null;
        };
    }

    public BigDecimal totalPlan() {
        return switch (kind) {
            case EPIC -> epic.total().plan();
            case SPRINT_TOTAL -> t().total().plan();
            default -> null;
        };
    }

    public BigDecimal totalActual() {
        return switch (kind) {
            case EPIC -> epic.total().actual();
            case UNPLANNED, UNATTRIBUTED, OUTSIDE -> spend.total();
            case SPRINT_TOTAL -> t().total().actual();
            case IMPORTED -> t().billingInComparison();
        };
    }

    public BigDecimal variance() {
        return switch (kind) {
            case EPIC -> epic.total().variance();
            case SPRINT_TOTAL -> t().total().variance();
            default -> null;
        };
    }

    public BigDecimal percent() {
        return switch (kind) {
            case EPIC -> epic.total().percent();
            case SPRINT_TOTAL -> t().total().percent();
            default -> null;
        };
    }

    public AlertLevel alert() {
        return switch (kind) {
            case EPIC -> epic.alert();
            case SPRINT_TOTAL -> sprint.sprintAlert().map(a -> a.level()).orElse(AlertLevel.NONE);
            default -> AlertLevel.NONE;
        };
    }

    public boolean overPlan() {
        return kind == Kind.EPIC && epic.overPlan()
                || kind == Kind.SPRINT_TOTAL && t().total().variance().signum() > 0;
    }

    public boolean overZ() {
        return kind == Kind.EPIC && epic.overZ();
    }

    /** The plan's flags in words: "starved", "over-powered". */
    public String flags() {
        if (kind != Kind.EPIC) {
            return "";
        }
        List<String> f = new ArrayList<>();
        for (Flag flag : Flag.values()) {
            if (epic.plan().has(flag)) {
                f.add(flag.label());
            }
        }
        return String.join(", ", f);
    }

    /** What happened, in words (never only a colour). */
    public String status() {
        return switch (kind) {
            case EPIC -> {
                String s = epic.overPlan() ? "over plan" : "under plan";
                if (epic.overZ()) {
                    s += ", over Z";
                }
                yield epic.hoursEntered() ? s : s + " (no hours)";
            }
            case UNPLANNED -> "not planned";
            case UNATTRIBUTED -> "no rule matched";
            case SPRINT_TOTAL -> t().total().variance().signum() > 0 ? "over plan" : "under plan";
            case OUTSIDE -> "outside any sprint";
            case IMPORTED -> t().reconciles() ? "✓ = the files" : "✗ does not reconcile";
        };
    }

    /** Cost per outcome, or null. */
    public BigDecimal costPerOutcome() {
        return kind == Kind.EPIC ? epic.costPerOutcome() : null;
    }
}
