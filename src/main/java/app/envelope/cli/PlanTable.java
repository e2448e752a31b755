package app.envelope.cli;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.CostLine;
import app.envelope.domain.Flag;
import app.envelope.domain.LineCost;
import app.envelope.domain.Money;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/** The plan as a plain-text table for a terminal. */
final class PlanTable {
    private PlanTable() {
    }

    static String write(Sprint sprint, SprintEvaluation eval, String currency) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s  %s to %s  (%s, %s)%n%n", sprint.name(), sprint.start(), sprint.end(),
                sprint.status().name().toLowerCase(), currency));
        String fmt = "%-9s %12s %12s %-3s %-8s %-6s %12s %12s %12s %8s %-6s %s%n";
        sb.append(String.format(fmt, "epic", "Y", "Z", "sz", "tier", "effort", "T50", "R", "C", "Y/C", "fit", "flags"));
        for (CostLine cl : eval.lines()) {
            LineCost c = cl.cost();
            sb.append(String.format(fmt, cl.line().epicKey(), money(cl.line().value()), money(cl.line().willingness()),
                    cl.line().size(), cl.line().tier().label(), cl.line().effort().label(), money(c.t50()),
                    money(c.risk()), money(c.cost()),
                    c.valueDensity() == null ? "-" : c.valueDensity().setScale(2, java.math.RoundingMode.HALF_EVEN),
                    c.fit().label(), c.flags().stream().map(Flag::label).sorted().collect(Collectors.joining(","))));
        }
        CategoryTotals t = eval.totals();
        sb.append(String.format("%nlabour %s  tokens %s  tooling %s  risk %s  planned cost %s  budget %s  value %s%n",
                money(t.labour()), money(t.tokens()), money(t.tooling()), money(t.risk()), money(t.cost()),
                money(eval.budget()), money(t.value())));
        sb.append(String.format("subsidy exposure: %d of %d lines (%s) would fit worse at book price%s%n",
                eval.subsidy().linesAffected(), eval.subsidy().lines(), eval.subsidy().percent(),
                eval.subsidy().warning() ? "  WARNING: above 20%" : ""));
        return sb.toString();
    }

    private static String money(BigDecimal v) {
        return String.format("%,.2f", Money.cents(v));
    }
}
