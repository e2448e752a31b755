package app.envelope.domain.actuals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n values is the value at rank
 * ceil(p x n / 100) in ascending order (1-based). It always returns one of the observed values,
 * never interpolates, so P50 and P90 of token counts stay whole tokens and P90 &gt;= P50.
 * For 3 values P50 is the 2nd and P90 the 3rd; for 10 values, the 5th and the 9th.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** @throws IllegalArgumentException for no values or a percentile outside 1..100 */
    public static BigDecimal nearestRank(Collection<BigDecimal> values, int percentile) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (percentile < 1 || percentile > 100) {
            throw new IllegalArgumentException("percentile " + percentile + " is not within 1..100");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        int rank = (percentile * n + 99) / 100; // ceil(p x n / 100)
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
