package app.envelope.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sprint's plan evaluated: each line's cost, totals by category, the fund line against the
 * budget B and the subsidy exposure. Pure and fast: one pass of the cost model per line.
 */
public record SprintEvaluation(List<CostLine> lines, CategoryTotals totals, BigDecimal budget,
                               Map<Long, FundLineEntry> fundLine, SubsidyExposure subsidy) {

    /** Ranking for the fund line: highest value density first; free lines (C = 0) before all. */
    public static final Comparator<CostLine> BY_DENSITY = Comparator
            .comparing((CostLine c) -> c.cost().valueDensity() == null ? 0 : 1)
            .thenComparing(c -> c.cost().valueDensity(), Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(c -> c.line().value(), Comparator.reverseOrder())
            .thenComparing(c -> c.line().epicKey());

    public static SprintEvaluation evaluate(List<PlanLine> planLines, Pricing pricing, BigDecimal budget) {
        List<CostLine> lines = new ArrayList<>(planLines.size());
        CategoryTotals totals = CategoryTotals.ZERO;
        int subsidised = 0;
        for (PlanLine l : planLines) {
            LineCost c = CostModel.cost(l, pricing, PriceBasis.EFFECTIVE);
            LineCost book = CostModel.cost(l, pricing, PriceBasis.BOOK);
            CostLine cl = new CostLine(l, c, book.fit());
            lines.add(cl);
            totals = totals.plus(l, c);
            if (cl.subsidised()) {
                subsidised++;
            }
        }
        return new SprintEvaluation(List.copyOf(lines), totals, budget, fundLine(lines, budget),
                SubsidyExposure.of(subsidised, lines.size()));
    }

    private static Map<Long, FundLineEntry> fundLine(List<CostLine> lines, BigDecimal budget) {
        List<CostLine> ranked = new ArrayList<>(lines);
        ranked.sort(BY_DENSITY);
        Map<Long, FundLineEntry> result = new HashMap<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        int rank = 1;
        for (CostLine c : ranked) {
            cumulative = cumulative.add(c.cost().cost());
            result.put(c.line().id(), new FundLineEntry(c.line().id(), rank++, cumulative,
                    cumulative.compareTo(budget) <= 0));
        }
        return Map.copyOf(result);
    }

    public CostLine line(long id) {
        return lines.stream().filter(c -> c.line().id() == id).findFirst().orElse(null);
    }

    public long count(Fit fit) {
        return lines.stream().filter(c -> c.cost().fit() == fit).count();
    }

    public long count(Flag flag) {
        return lines.stream().filter(c -> c.cost().has(flag)).count();
    }

    /** Budget left after every line: B minus total C (negative when over budget). */
    public BigDecimal budgetHeadroom() {
        return budget.subtract(totals.cost());
    }
}
