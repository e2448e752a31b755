package app.envelope.cli;

import app.envelope.domain.Autonomy;
import app.envelope.domain.BestSet;
import app.envelope.domain.Effort;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Size;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.Tier;
import app.envelope.domain.ValueBasis;
import app.envelope.store.demo.DemoPortfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench board [--lines N] [--best N]}: times the board's recompute (cost model for every
 * line, totals, fund line) and the best set, after a warm-up, and prints median and p90 in
 * milliseconds. A measurement, never a test: nothing fails when a machine is slow.
 */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench board [--lines 2000] [--best 200] | bench import [--rows 1000000] [--xlsx-rows 100000]"
                + " | bench export [--lines 5000] [--sprints 26] [--billing 20000] [--runs 5]";
    }

    @Override
    public String summary() {
        return "measure the board's recompute and best set, a billing import (rows/s, peak heap, vs pandas)"
                + " or the finance export (wall time, peak heap)";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("lines", "best", "runs", "rows", "xlsx-rows", "db",
                "sprints", "billing"), Set.of());
        if (args.positionals().size() == 1 && args.positionals().get(0).equals("import")) {
            try {
                return new ImportBench(ctx).run(args.integer("rows", 1_000_000), args.integer("xlsx-rows", 100_000));
            } catch (Exception e) {
                ctx.err().println("error: benchmark failed: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        if (args.positionals().size() == 1 && args.positionals().get(0).equals("export")) {
            try {
                return new ExportBench(ctx).run(args.integer("lines", 5000), args.integer("sprints", 26),
                        args.integer("billing", 20_000), args.integer("runs", 5));
            } catch (java.io.IOException e) {
                ctx.err().println("error: benchmark failed: " + e.getMessage());
                return Cli.FAILED;
            }
        }
        if (args.positionals().size() != 1 || !args.positionals().get(0).equals("board")) {
            throw new UsageException("bench needs a subject: board, import or export");
        }
        int n = args.integer("lines", 2000);
        int best = args.integer("best", 200);
        int runs = args.integer("runs", 200);
        Pricing pricing = DemoPortfolio.fromClasspath().rateCard().asOf(LocalDate.of(2026, 11, 16));
        List<PlanLine> lines = lines(n, new Random(42));
        BigDecimal budget = BigDecimal.valueOf(n * 9_000L);
        double[] recompute = time(runs, () -> SprintEvaluation.evaluate(lines, pricing, budget));
        List<PlanLine> few = lines.subList(0, Math.min(best, lines.size()));
        SprintEvaluation evalFew = SprintEvaluation.evaluate(few, pricing, BigDecimal.valueOf(best * 9_000L));
        BestSet[] last = new BestSet[1];
        double[] knapsack = time(Math.max(10, runs / 10), () -> last[0] = BestSet.of(evalFew.lines(), evalFew.budget()));
        ctx.out().printf("board recompute, %d lines: median %.2f ms, p90 %.2f ms (%d runs after warm-up; goal < 16 ms)%n",
                n, median(recompute), p90(recompute), recompute.length);
        ctx.out().printf("best set, %d lines: median %.2f ms, p90 %.2f ms, method %s, %d lines chosen (goal < 100 ms)%n",
                few.size(), median(knapsack), p90(knapsack), last[0].method().label(), last[0].size());
        return Cli.OK;
    }

    private static List<PlanLine> lines(int n, Random rnd) {
        List<PlanLine> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal y = BigDecimal.valueOf(5_000 + rnd.nextInt(200_000));
            out.add(new PlanLine.Builder().id(i + 1).sprintId(1).epicKey("BEN-" + (i + 1))
                    .value(y).valueBasis(ValueBasis.COST_REMOVED)
                    .willingness(BigDecimal.valueOf(2_000 + rnd.nextInt(60_000)))
                    .size(Size.values()[rnd.nextInt(5)]).tier(Tier.values()[rnd.nextInt(3)])
                    .effort(Effort.values()[rnd.nextInt(3)]).autonomy(Autonomy.values()[rnd.nextInt(3)])
                    .bounded(rnd.nextBoolean()).labourHours(BigDecimal.valueOf(rnd.nextInt(160)))
                    .reviewHours(BigDecimal.valueOf(rnd.nextInt(24))).tooling(BigDecimal.valueOf(rnd.nextInt(2_000)))
                    .build());
        }
        return out;
    }

    private static double[] time(int runs, Runnable work) {
        for (int i = 0; i < Math.max(20, runs / 2); i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p90(double[] sorted) {
        return sorted[(int) Math.floor(sorted.length * 0.9)];
    }
}
