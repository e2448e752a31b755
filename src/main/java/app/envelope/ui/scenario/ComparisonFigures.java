package app.envelope.ui.scenario;

import app.envelope.domain.BestSet;
import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.Money;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.SubsidyExposure;
import app.envelope.ui.Format;
import app.envelope.ui.scenario.ComparisonRow.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison panel's figures: the plan and the scenario side by side (totals, fit and flags,
 * subsidy exposure, budget, best set, funded value), each with its change and whether that change
 * is better, worse or neither.
 */
final class ComparisonFigures {
    private ComparisonFigures() {
    }

    static List<ComparisonRow> of(ScenarioComparison c, String cur) {
        CategoryTotals p = c.plan().totals();
        CategoryTotals s = c.scenario().totals();
        List<ComparisonRow> out = new ArrayList<>();
        out.add(money("Totals", "Labour L", p.labour(), s.labour(), false, cur));
        out.add(money("Totals", "Tokens T50", p.tokens(), s.tokens(), false, cur));
        out.add(money("Totals", "Tooling U", p.tooling(), s.tooling(), false, cur));
        out.add(money("Totals", "Risk reserve R", p.risk(), s.risk(), false, cur));
        out.add(money("Totals", "Planned cost C", p.cost(), s.cost(), false, cur));
        out.add(money("Totals", "Value Y", p.value(), s.value(), true, cur));
        out.add(money("Totals", "Net value Y − C", p.netValue(), s.netValue(), true, cur));
        out.add(count("Fit", "✔ Green lines", c.plan().evaluation().count(Fit.GREEN),
                c.scenario().evaluation().count(Fit.GREEN), true));
        out.add(count("Fit", "◐ Amber lines", c.plan().evaluation().count(Fit.AMBER),
                c.scenario().evaluation().count(Fit.AMBER), null));
        out.add(count("Fit", "✖ Red lines", c.plan().evaluation().count(Fit.RED),
                c.scenario().evaluation().count(Fit.RED), false));
        out.add(count("Fit", "⚑ Starved lines", c.plan().evaluation().count(Flag.STARVED),
                c.scenario().evaluation().count(Flag.STARVED), false));
        out.add(count("Fit", "⚑ Over-powered lines", c.plan().evaluation().count(Flag.OVER_POWERED),
                c.scenario().evaluation().count(Flag.OVER_POWERED), false));
        out.add(subsidy(c.plan().evaluation().subsidy(), c.scenario().evaluation().subsidy()));
        out.add(money("Funding", "Budget B", c.plan().budget(), c.scenario().budget(), null, cur));
        out.add(best(c.plan().bestSet(), c.scenario().bestSet(), cur));
        out.add(money("Funding", "Value of lines marked funded", c.plan().fundedValue(), c.scenario().fundedValue(),
                true, cur));
        return out;
    }

    /** A change of money with its sign ("+$5,000", "−$1,200"), or "same" below a cent. */
    static String signedMoney(BigDecimal d, String cur) {
        if (Money.cents(d).signum() == 0) {
            return "same";
        }
        return (d.signum() > 0 ? "+" : "−") + Format.money(d.abs(), cur);
    }

    /** @param higherIsBetter null when a change is neither better nor worse (the budget) */
    private static ComparisonRow money(String group, String label, BigDecimal plan, BigDecimal scen,
                                       Boolean higherIsBetter, String cur) {
        BigDecimal d = scen.subtract(plan);
        Direction dir = higherIsBetter == null ? (d.signum() == 0 ? Direction.SAME : Direction.NEUTRAL)
                : direction(Money.cents(d).signum(), higherIsBetter);
        return new ComparisonRow(group, label, Format.money(plan, cur), Format.money(scen, cur), signedMoney(d, cur), dir);
    }

    /** @param higherIsBetter null when more is neither better nor worse (amber: from red it is, from green it is not) */
    private static ComparisonRow count(String group, String label, long plan, long scen, Boolean higherIsBetter) {
        long d = scen - plan;
        Direction dir = d == 0 ? Direction.SAME : higherIsBetter == null ? Direction.NEUTRAL
                : direction(Long.signum(d), higherIsBetter);
        return new ComparisonRow(group, label, Long.toString(plan), Long.toString(scen),
                d == 0 ? "same" : (d > 0 ? "+" : "−") + Math.abs(d), dir);
    }

    private static ComparisonRow subsidy(SubsidyExposure p, SubsidyExposure s) {
        int d = s.linesAffected() - p.linesAffected();
        return new ComparisonRow("Fit", "Subsidy exposure", p.linesAffected() + " of " + p.lines() + " (" + p.percent() + ")",
                s.linesAffected() + " of " + s.lines() + " (" + s.percent() + ")",
                d == 0 ? "same" : (d > 0 ? "+" : "−") + Math.abs(d) + " lines", direction(Integer.signum(d), false));
    }

    private static ComparisonRow best(BestSet p, BestSet s, String cur) {
        BigDecimal d = s.value().subtract(p.value());
        return new ComparisonRow("Funding", "Best set under B: value (lines)",
                Format.money(p.value(), cur) + " (" + p.size() + ")", Format.money(s.value(), cur) + " (" + s.size() + ")",
                signedMoney(d, cur), direction(d.signum(), true));
    }

    private static Direction direction(int sign, boolean higherIsBetter) {
        if (sign == 0) {
            return Direction.SAME;
        }
        return (sign > 0) == higherIsBetter ? Direction.BETTER : Direction.WORSE;
    }
}
