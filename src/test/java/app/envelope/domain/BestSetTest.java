package app.envelope.domain;

import static app.envelope.domain.TestRates.assertMoney;
import static app.envelope.domain.TestRates.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The best set under the budget (0/1 knapsack on C and Y). The knapsack only reads each line's C,
 * density and Y, so the lines here are built with those figures directly instead of via prices.
 */
class BestSetTest {
    private static final BigDecimal MICRO = BigDecimal.valueOf(1_000_000);

    /** A costed line with cost C and value Y; density Y / C as the cost model computes it. */
    static CostLine item(long id, BigDecimal cost, BigDecimal value) {
        PlanLine l = TestRates.line(id).value(value).build();
        BigDecimal density = cost.signum() == 0 ? null
                : value.divide(cost, CostModel.DENSITY_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal zero = BigDecimal.ZERO;
        LineCost c = new LineCost(zero, zero, zero, zero, zero, zero, zero, zero, zero, false, cost, density,
                value.subtract(cost), zero.subtract(cost), zero, Fit.GREEN, Set.of(), null);
        return new CostLine(l, c, Fit.GREEN);
    }

    static CostLine item(long id, String cost, String value) {
        return item(id, bd(cost), bd(value));
    }

    @Test
    void greedyByDensityIsNotOptimalButTheBestSetIs() {
        /*
         * budget 10
         * line 1: C 6, Y 7  (density 1.166667)
         * line 2: C 5, Y 5  (density 1)
         * line 3: C 5, Y 5  (density 1)
         * greedy by density (the fund line): takes 1 (C 6), then 2 would make 11 > 10 -> value 7
         * best: {2, 3}, C 10 <= 10, value 10
         */
        List<CostLine> lines = List.of(item(1, "6", "7"), item(2, "5", "5"), item(3, "5", "5"));
        BestSet best = BestSet.of(lines, bd("10"));
        assertEquals(List.of(2L, 3L), best.sortedIds());
        assertMoney("10", best.value(), "best value");
        assertMoney("10", best.cost(), "best cost");
        assertEquals(BestSet.Method.EXACT_BRANCH_AND_BOUND, best.method());
    }

    @Test
    void freeLinesAreAlwaysIncluded() {
        // Budget 0: only the free lines fit, and they are taken, whatever their value.
        List<CostLine> lines = List.of(item(1, "0", "50"), item(2, "100", "1000"), item(3, "0", "0"),
                item(4, "0.01", "5"));
        BestSet none = BestSet.of(lines, bd("0"));
        assertEquals(List.of(1L, 3L), none.sortedIds());
        assertMoney("50", none.value(), "value at budget 0");
        assertMoney("0", none.cost(), "cost at budget 0");

        // Budget 100: line 2 fits too, with the free ones; line 4 would not fit beside it.
        BestSet some = BestSet.of(lines, bd("100"));
        assertEquals(List.of(1L, 2L, 3L), some.sortedIds());
        assertMoney("1050", some.value(), "value at budget 100");
    }

    @Test
    void matchesBruteForceOnRandomSmallInstances() {
        Random rnd = new Random(20261102L);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rnd.nextInt(18);
            int kind = trial % 3;
            long[] c = new long[n];
            long[] y = new long[n];
            List<CostLine> lines = new ArrayList<>();
            long totalCost = 0;
            for (int i = 0; i < n; i++) {
                // in micro-units (6 decimals); a few free lines in every kind
                if (rnd.nextInt(20) == 0) {
                    c[i] = 0;
                } else if (kind == 0) { // Y = C + constant: the hard kind for branch and bound
                    c[i] = 1 + rnd.nextInt(1_000_000_000);
                } else if (kind == 1) { // whole money 1..20: many ties and near-optimal sets
                    c[i] = (1 + rnd.nextInt(20)) * 1_000_000L;
                } else { // anything from a millionth up to 1000
                    c[i] = 1 + rnd.nextInt(1_000_000_000);
                }
                y[i] = kind == 0 ? c[i] + 100_000_000L
                        : kind == 1 ? rnd.nextInt(21) * 1_000_000L
                        : (long) rnd.nextInt(2_000_000_000);
                totalCost += c[i];
                lines.add(item(i + 1, micro(c[i]), micro(y[i])));
            }
            long budget = (long) (totalCost * rnd.nextDouble());
            long expected = bruteForceBest(c, y, budget);

            BestSet best = BestSet.of(lines, micro(budget));
            String where = "trial " + trial + " (n=" + n + ")";
            assertEquals(BestSet.Method.EXACT_BRANCH_AND_BOUND, best.method(), where);
            assertEquals(0, micro(expected).compareTo(best.value()),
                    where + ": brute force " + micro(expected) + " but best set " + best.value());
            assertTrue(best.cost().compareTo(micro(budget)) <= 0, where + ": over budget");
            // The reported cost and value are those of the chosen lines.
            long cost = 0;
            long value = 0;
            for (long id : best.lineIds()) {
                cost += c[(int) id - 1];
                value += y[(int) id - 1];
            }
            assertEquals(0, micro(cost).compareTo(best.cost()), where + ": cost of the chosen lines");
            assertEquals(0, micro(value).compareTo(best.value()), where + ": value of the chosen lines");
            for (int i = 0; i < n; i++) {
                if (c[i] == 0) {
                    assertTrue(best.lineIds().contains((long) i + 1), where + ": free line " + (i + 1) + " left out");
                }
            }
        }
    }

    @Test
    void twoHundredLinesAreSolvedExactly() {
        Random rnd = new Random(200L);
        int n = BestSet.EXACT_LIMIT;
        int[] c = new int[n];
        int[] y = new int[n];
        List<CostLine> lines = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            c[i] = 1 + rnd.nextInt(1000);
            y[i] = 1 + rnd.nextInt(2000);
            total += c[i];
            lines.add(item(i + 1, BigDecimal.valueOf(c[i]), BigDecimal.valueOf(y[i])));
        }
        int budget = total / 4;
        BestSet best = BestSet.of(lines, BigDecimal.valueOf(budget));
        assertEquals(BestSet.Method.EXACT_BRANCH_AND_BOUND, best.method());
        assertTrue(best.cost().compareTo(BigDecimal.valueOf(budget)) <= 0);
        assertMoney(String.valueOf(dynamicProgrammingBest(c, y, budget)), best.value(), "best value (DP)");
    }

    @Test
    void beyondTwoHundredLinesItIsAGreedyHeuristicWithinBudget() {
        Random rnd = new Random(250L);
        int n = 250;
        int[] c = new int[n];
        int[] y = new int[n];
        List<CostLine> lines = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            c[i] = 1 + rnd.nextInt(1000);
            y[i] = 1 + rnd.nextInt(2000);
            total += c[i];
            lines.add(item(i + 1, BigDecimal.valueOf(c[i]), BigDecimal.valueOf(y[i])));
        }
        int budget = total / 4;
        BestSet best = BestSet.of(lines, BigDecimal.valueOf(budget));
        assertEquals(BestSet.Method.GREEDY_HEURISTIC, best.method());
        assertTrue(best.method().label().startsWith("heuristic"));
        assertTrue(best.cost().compareTo(BigDecimal.valueOf(budget)) <= 0,
                "cost " + best.cost() + " over budget " + budget);
        // A heuristic can never beat the optimum.
        assertTrue(best.value().compareTo(BigDecimal.valueOf(dynamicProgrammingBest(c, y, budget))) <= 0);
    }

    private static BigDecimal micro(long units) {
        return BigDecimal.valueOf(units).divide(MICRO);
    }

    /** Best total value over all 2^n subsets with total cost within the budget. */
    private static long bruteForceBest(long[] c, long[] y, long budget) {
        int n = c.length;
        long[] cost = new long[1 << n];
        long[] value = new long[1 << n];
        long best = 0;
        for (int mask = 1; mask < 1 << n; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int rest = mask & (mask - 1);
            cost[mask] = cost[rest] + c[i];
            value[mask] = value[rest] + y[i];
            if (cost[mask] <= budget && value[mask] > best) {
                best = value[mask];
            }
        }
        return best;
    }

    /** Textbook 0/1 knapsack over whole-money costs. */
    private static long dynamicProgrammingBest(int[] c, int[] y, int budget) {
        long[] best = new long[budget + 1];
        for (int i = 0; i < c.length; i++) {
            for (int b = budget; b >= c[i]; b--) {
                best[b] = Math.max(best[b], best[b - c[i]] + y[i]);
            }
        }
        return best[budget];
    }
}
