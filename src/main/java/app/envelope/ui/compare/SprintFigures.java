package app.envelope.ui.compare;

import app.envelope.domain.Money;
import app.envelope.domain.actuals.ActualSubsidy;
import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.VarianceSplit;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.beans.value.ObservableObjectValue;

/**
 * The selected sprint's comparison in words, as the headline strip, the subsidy note and the
 * outcomes panel show it: totals, variance and its split, reconciliation, the sprint's own alert,
 * what discounts carried, cost per outcome. Reads the screen's comparison; knows no controls.
 */
public final class SprintFigures {
    private final ObservableObjectValue<SprintComparison> comparison;

    SprintFigures(ObservableObjectValue<SprintComparison> comparison) {
        this.comparison = comparison;
    }

    /** The comparison's currency, USD before there is one. */
    public String currency() {
        return comparison.get() == null ? "USD" : comparison.get().currency();
    }

    private String money(BigDecimal v) {
        return Format.money(v, currency());
    }

    /** Money with its sign, e.g. "+$1,654" or "-$740". */
    public String signed(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        BigDecimal whole = v.setScale(0, RoundingMode.HALF_EVEN);
        return (whole.signum() > 0 ? "+" : "") + money(whole.signum() == 0 ? BigDecimal.ZERO : v);
    }

    public static String percent(BigDecimal p) {
        return p == null ? "—" : (p.signum() > 0 ? "+" : "") + p.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    public String plannedText() {
        return comparison.get() == null ? "—" : money(comparison.get().totals().total().plan());
    }

    public String actualText() {
        return comparison.get() == null ? "—" : money(comparison.get().totals().total().actual());
    }

    public String varianceText() {
        if (comparison.get() == null) {
            return "—";
        }
        var total = comparison.get().totals().total();
        return signed(total.variance()) + " (" + percent(total.percent()) + ")";
    }

    /** "volume +$31,459 · mix −$3,437 · price −$1,214". */
    public String splitText() {
        if (comparison.get() == null) {
            return "—";
        }
        VarianceSplit s = comparison.get().totals().split();
        return "volume " + signed(s.volume()) + " · mix " + signed(s.mix()) + " · price " + signed(s.price());
    }

    /** Which lines the split covers, e.g. "11 of 12 lines; PAY-151 has no token counts". */
    public String splitCoverage() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        List<String> without = c.epics().stream().filter(e -> !e.tokenVariance().splitAvailable())
                .map(EpicComparison::epicKey).toList();
        String s = c.totals().linesWithSplit() + " of " + c.epics().size() + " lines";
        return without.isEmpty() ? s : s + "; n/a for " + String.join(", ", without) + " (no token counts)";
    }

    public String unattributedText() {
        return comparison.get() == null ? "—" : money(comparison.get().unattributed().total());
    }

    public String outsideText() {
        return comparison.get() == null ? "—" : money(comparison.get().outsideSprint().total());
    }

    /** "$61,776 in 6 files = $61,776 here ✓". */
    public String reconciliationText() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "—";
        }
        ComparisonTotals t = c.totals();
        String text = Format.exact(Money.cents(t.importedTotal()), currency()) + " in " + t.batches() + " file"
                + (t.batches() == 1 ? "" : "s");
        if (t.inOtherSprints().signum() != 0) {
            text += ", " + money(t.inOtherSprints()) + " in other sprints";
        }
        return text + (t.reconciles() ? " ✓ all here" : " ✗ does not reconcile");
    }

    /** The sprint's own alert in words, or "". */
    public String sprintAlertText() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        String hours = c.totals().linesWithoutHours() == 0 ? ""
                : " · labour left out for " + c.totals().linesWithoutHours() + " line"
                        + (c.totals().linesWithoutHours() == 1 ? "" : "s") + " without hours entered";
        return c.sprintAlert().map(a -> a.level() == AlertLevel.AT_100
                ? c.sprint().name() + " is over plan: " + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString()
                        + "% of its plan"
                : c.sprint().name() + " used " + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString()
                        + "% of its plan (alert at " + a.level().percent() + "%)")
                .orElse(c.sprint().name() + " used less than 75% of its plan") + hours;
    }

    public String subsidyHeadline() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        ActualSubsidy s = c.subsidy();
        return s.linesAffected() + " of " + s.lines() + " lines (" + s.percent() + ") would have gone over Z at book price"
                + (s.warning() ? " — above 20%: the sprint leans on discounts" : "");
    }

    public String subsidyDetail() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return "";
        }
        ActualSubsidy s = c.subsidy();
        String lines = "";
        if (!s.affected().isEmpty()) {
            List<String> keys = s.affected();
            String names = keys.size() == 1 ? keys.get(0)
                    : String.join(", ", keys.subList(0, keys.size() - 1)) + " and " + keys.get(keys.size() - 1);
            lines = names + (keys.size() == 1 ? " would have exceeded its Z by " : " would have exceeded their Z by ")
                    + money(s.overZAtBook()) + (keys.size() == 1 ? ". " : " in all. ");
        }
        return lines + "At book price the actuals would have cost " + money(s.atBook()) + ": " + money(s.subsidy())
                + " more than the " + money(s.actual()) + " paid.";
    }

    public boolean subsidyWarning() {
        return comparison.get() != null && comparison.get().subsidy().warning();
    }

    /** Cost per outcome by unit for the sprint, one line each: "PRs merged: 102 · $3,312 each". */
    public List<String> outcomesByUnit() {
        SprintComparison c = comparison.get();
        if (c == null) {
            return List.of();
        }
        return c.outcomesByUnit().stream().map(p -> p.unit() + ": " + p.count() + " · " + money(p.costPerOutcome())
                + " each").toList();
    }
}
