package app.envelope.domain.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuantilesTest {
    private static List<BigDecimal> values(long... v) {
        return java.util.Arrays.stream(v).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void nearestRankPicksAnObservedValue() {
        // 5 values sorted 100..500: P50 rank ceil(2.5) = 3 -> 300; P90 rank ceil(4.5) = 5 -> 500.
        assertEquals(BigDecimal.valueOf(300), Quantiles.nearestRank(values(300, 100, 500, 200, 400), 50));
        assertEquals(BigDecimal.valueOf(500), Quantiles.nearestRank(values(300, 100, 500, 200, 400), 90));
        // 3 values: P50 = 2nd, P90 = 3rd.
        assertEquals(BigDecimal.valueOf(20), Quantiles.nearestRank(values(30, 10, 20), 50));
        assertEquals(BigDecimal.valueOf(30), Quantiles.nearestRank(values(30, 10, 20), 90));
        // 10 values 1..10: P50 = 5th, P90 = 9th.
        List<BigDecimal> ten = IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList();
        assertEquals(BigDecimal.valueOf(5), Quantiles.nearestRank(ten, 50));
        assertEquals(BigDecimal.valueOf(9), Quantiles.nearestRank(ten, 90));
        // one value is every percentile
        assertEquals(BigDecimal.valueOf(7), Quantiles.nearestRank(values(7), 90));
    }

    @Test
    void refusesNoValues() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.nearestRank(List.of(), 50));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.nearestRank(values(1), 0));
    }
}
