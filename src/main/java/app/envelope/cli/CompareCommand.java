package app.envelope.cli;

import app.envelope.domain.Money;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.SpendRow;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.VarianceSplit;
import app.envelope.service.CompareService;
import app.envelope.store.Store;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/** {@code compare --db PATH [--sprint NAME] [--json]}: a sprint planned against actual. */
final class CompareCommand implements Command {
    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String usage() {
        return "compare --db PATH [--sprint NAME] [--json]";
    }

    @Override
    public String summary() {
        return "a sprint planned against actual (default: the last closed sprint)";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db", "sprint"), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("compare takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        try (Store store = ctx.open(args)) {
            CompareService service = new CompareService(store);
            Sprint sprint = SprintOption.chosen(args, store, service::sprints, service::defaultSprint);
            SprintComparison c = service.compare(sprint);
            ctx.out().print(args.has("json") ? CompareJson.write(c) + "\n" : table(c));
        }
        return Cli.OK;
    }

    private static String table(SprintComparison c) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%s  %s to %s  (%s, %s): planned against actual%n%n", c.sprint().name(),
                c.sprint().start(), c.sprint().end(), c.sprint().status().name().toLowerCase(), c.currency()));
        b.append(String.format("%-9s %10s %10s %10s %10s %9s %9s %9s %11s %11s %10s %7s  %s%n", "epic", "tokens pl",
                "tokens act", "tooling", "labour", "volume", "mix", "price", "plan C", "actual", "variance", "%",
                "status"));
        for (EpicComparison e : c.epics()) {
            VarianceSplit s = e.tokenVariance().split();
            String status = (e.overPlan() ? "over plan" : "under plan") + (e.overZ() ? ", over Z" : "")
                    + (e.alert().percent() > 0 ? " [" + e.alert().label() + "]" : "")
                    + (s == null ? "; split n/a: " + e.tokenVariance().unavailableReason() : "");
            b.append(String.format("%-9s %10s %10s %10s %10s %9s %9s %9s %11s %11s %10s %7s  %s%n", e.epicKey(),
                    m(e.tokens().plan()), m(e.tokens().actual()), m(e.tooling().actual()), m(e.labour().actual()),
                    s == null ? "n/a" : m(s.volume()), s == null ? "n/a" : m(s.mix()), s == null ? "n/a" : m(s.price()),
                    m(e.total().plan()), m(e.total().actual()), m(e.total().variance()), pct(e.total().percent()), status));
        }
        for (SpendRow r : c.unplannedEpics()) {
            b.append(String.format("%-40s %44s %11s%n", r.label(), "", m(r.total())));
        }
        b.append(String.format("%-40s %44s %11s%n", c.unattributed().label(), "", m(c.unattributed().total())));
        b.append(String.format("%-40s %44s %11s%n", c.outsideSprint().label(), "", m(c.outsideSprint().total())));
        ComparisonTotals t = c.totals();
        b.append(String.format("%nplanned %s  actual %s  variance %s (%s)  volume %s  mix %s  price %s%n",
                m(t.total().plan()), m(t.total().actual()), m(t.total().variance()), pct(t.total().percent()),
                m(t.split().volume()), m(t.split().mix()), m(t.split().price())));
        b.append(String.format("billing in this comparison %s + in other sprints %s = imported %s (%d files)%s%n",
                m(t.billingInComparison()), m(t.inOtherSprints()), m(t.importedTotal()), t.batches(),
                t.reconciles() ? "" : "  DOES NOT RECONCILE"));
        b.append(String.format("subsidy exposure: %d of %d lines (%s) would have gone over Z at book price%s; "
                        + "book price would have cost %s more%n", c.subsidy().linesAffected(), c.subsidy().lines(),
                c.subsidy().percent(), c.subsidy().warning() ? " (warning: above 20%)" : "", m(c.subsidy().subsidy())));
        return b.toString();
    }

    private static String m(BigDecimal v) {
        return String.format("%,.2f", Money.cents(v));
    }

    private static String pct(BigDecimal v) {
        return v == null ? "—" : v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
