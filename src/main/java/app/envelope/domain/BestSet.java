package app.envelope.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The set of lines that maximises total value Y with total cost C within the budget B (0/1
 * knapsack).
 *
 * <p>Up to {@link #EXACT_LIMIT} lines: exact depth-first branch and bound over the lines sorted by
 * value density, pruned with the fractional (LP relaxation) bound. Money is scaled to exact
 * integers of 10^-8 (costs rounded up, so a chosen set never exceeds B). The search is capped at
 * {@link #NODE_LIMIT} nodes; if it ever stops there the result says so. Beyond that many lines:
 * greedy by density plus single swaps, labelled a heuristic.
 */
public record BestSet(Set<Long> lineIds, BigDecimal cost, BigDecimal value, Method method) {
    public static final int EXACT_LIMIT = 200;
    public static final long NODE_LIMIT = 50_000_000L;
    private static final int SCALE = 8;

    public enum Method {
        EXACT_BRANCH_AND_BOUND("exact (branch and bound)"),
        NODE_LIMIT_REACHED("best found (search limit reached, may not be optimal)"),
        GREEDY_HEURISTIC("heuristic (greedy by value density with swaps, more than " + EXACT_LIMIT + " lines)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public int size() {
        return lineIds.size();
    }

    public static BestSet of(List<CostLine> lines, BigDecimal budget) {
        List<CostLine> items = new ArrayList<>(lines);
        items.sort(SprintEvaluation.BY_DENSITY);
        int n = items.size();
        long[] w = new long[n];
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = scaledUp(items.get(i).cost().cost());
            v[i] = scaledDown(items.get(i).line().value());
        }
        long cap = scaledDown(budget);
        boolean[] chosen;
        Method method;
        if (n <= EXACT_LIMIT) {
            Search s = new Search(w, v, cap);
            s.run();
            chosen = s.best;
            method = s.nodes >= NODE_LIMIT ? Method.NODE_LIMIT_REACHED : Method.EXACT_BRANCH_AND_BOUND;
        } else {
            chosen = greedyWithSwaps(w, v, cap);
            method = Method.GREEDY_HEURISTIC;
        }
        // Free lines (C = 0) always belong: they cost nothing and Y is never negative. The search
        // only keeps strictly better values, so a free line with Y = 0 could otherwise be left out.
        for (int i = 0; i < n; i++) {
            if (w[i] == 0) {
                chosen[i] = true;
            }
        }
        Set<Long> ids = new TreeSet<>();
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                CostLine c = items.get(i);
                ids.add(c.line().id());
                cost = cost.add(c.cost().cost());
                value = value.add(c.line().value());
            }
        }
        return new BestSet(Set.copyOf(ids), cost, value, method);
    }

    private static long scaledUp(BigDecimal money) {
        return money.setScale(SCALE, RoundingMode.CEILING).unscaledValue().longValueExact();
    }

    private static long scaledDown(BigDecimal money) {
        return money.setScale(SCALE, RoundingMode.FLOOR).unscaledValue().longValueExact();
    }

    /** Branch and bound; items are already in density order. */
    private static final class Search {
        final long[] w;
        final long[] v;
        final long cap;
        final boolean[] current;
        boolean[] best;
        long bestValue = -1;
        long nodes;

        Search(long[] w, long[] v, long cap) {
            this.w = w;
            this.v = v;
            this.cap = cap;
            this.current = new boolean[w.length];
            this.best = new boolean[w.length];
        }

        void run() {
            dfs(0, 0, 0);
        }

        private void dfs(int i, long weight, long value) {
            if (++nodes >= NODE_LIMIT) {
                return;
            }
            if (value > bestValue) {
                bestValue = value;
                best = current.clone();
            }
            if (i == w.length || bound(i, weight, value) <= bestValue) {
                return;
            }
            if (weight + w[i] <= cap) {
                current[i] = true;
                dfs(i + 1, weight + w[i], value + v[i]);
                current[i] = false;
            }
            dfs(i + 1, weight, value);
        }

        /** LP relaxation from item i on, rounded up plus one unit so that rounding never prunes an optimum. */
        private long bound(int i, long weight, long value) {
            long room = cap - weight;
            long b = value;
            for (int k = i; k < w.length; k++) {
                if (w[k] <= room) {
                    room -= w[k];
                    b += v[k];
                } else {
                    b += (long) Math.ceil((double) room * v[k] / w[k]) + 1;
                    break;
                }
            }
            return b;
        }
    }

    private static boolean[] greedyWithSwaps(long[] w, long[] v, long cap) {
        int n = w.length;
        boolean[] in = new boolean[n];
        long weight = 0;
        for (int i = 0; i < n; i++) {
            if (weight + w[i] <= cap) {
                in[i] = true;
                weight += w[i];
            }
        }
        boolean improved = true;
        int rounds = 0;
        while (improved && rounds++ < 20) {
            improved = false;
            for (int out = 0; out < n && !improved; out++) {
                if (!in[out]) {
                    continue;
                }
                for (int add = 0; add < n; add++) {
                    if (in[add] || v[add] <= v[out]) {
                        continue;
                    }
                    long nw = weight - w[out] + w[add];
                    if (nw <= cap) {
                        in[out] = false;
                        in[add] = true;
                        weight = nw;
                        improved = true;
                        break;
                    }
                }
            }
            for (int add = 0; add < n; add++) {
                if (!in[add] && weight + w[add] <= cap) {
                    in[add] = true;
                    weight += w[add];
                }
            }
        }
        return in;
    }

    /** For tests and explanations: the ids in a stable order. */
    public List<Long> sortedIds() {
        Long[] ids = lineIds.toArray(new Long[0]);
        Arrays.sort(ids, Comparator.naturalOrder());
        return List.of(ids);
    }
}
