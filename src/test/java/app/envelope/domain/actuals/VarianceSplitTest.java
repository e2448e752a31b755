package app.envelope.domain.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked volume / mix / price splits (docs/variance.md). Q = planned tokens, b = planned
 * blended price per million; per model: tokens, rate-card cost, actual cost.
 */
class VarianceSplitTest {
    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static void assertMoney(String expected, BigDecimal actual, String what) {
        assertEquals(0, bd(expected).compareTo(actual), () -> what + ": expected " + expected + ", was " + actual.toPlainString());
    }

    private static void assertSumsExactly(VarianceSplit s, BigDecimal actualCost, BigDecimal plannedCost) {
        assertEquals(0, s.volume().add(s.mix()).add(s.price()).compareTo(actualCost.subtract(plannedCost)),
                "volume + mix + price must equal actual - T50 to the last digit");
    }

    @Test
    void pureVolume() {
        // Q = 100M tokens at b = 3 per million: T50 = 300.
        // Actual: 120M tokens of the planned model and mix, rate card 3/M (RC = 360), charged exactly 360.
        // volume = (120M - 100M) x 3 / 1M = 60; mix = 360 - 120 x 3 = 0; price = 360 - 360 = 0.
        VarianceSplit s = VarianceSplit.of(bd("100000000"), bd("3"),
                List.of(new ModelUsage("mid-1", bd("120000000"), bd("360"), bd("360"))));
        assertMoney("60", s.volume(), "volume");
        assertMoney("0", s.mix(), "mix");
        assertMoney("0", s.price(), "price");
        assertSumsExactly(s, bd("360"), bd("300"));
    }

    @Test
    void pureMix() {
        // Q = 100M at b = 3: T50 = 300. Actual: the same 100M tokens, but on a model whose
        // rate-card price for them is 5/M (RC = 500), charged 500.
        // volume = 0; mix = 500 - 100 x 3 = 200; price = 0.
        VarianceSplit s = VarianceSplit.of(bd("100000000"), bd("3"),
                List.of(new ModelUsage("frontier-1", bd("100000000"), bd("500"), bd("500"))));
        assertMoney("0", s.volume(), "volume");
        assertMoney("200", s.mix(), "mix");
        assertMoney("0", s.price(), "price");
        assertSumsExactly(s, bd("500"), bd("300"));
    }

    @Test
    void purePrice() {
        // Q = 100M at b = 3: T50 = 300. Actual: 100M tokens of the planned model, RC = 300,
        // but the vendor charged 270 (a 10% credit). volume = 0; mix = 0; price = 270 - 300 = -30.
        VarianceSplit s = VarianceSplit.of(bd("100000000"), bd("3"),
                List.of(new ModelUsage("mid-1", bd("100000000"), bd("300"), bd("270"))));
        assertMoney("0", s.volume(), "volume");
        assertMoney("0", s.mix(), "mix");
        assertMoney("-30", s.price(), "price");
        assertSumsExactly(s, bd("270"), bd("300"));
    }

    @Test
    void allThreeAtOnce() {
        // The demo's mid tier: Q = 400M at b = 2.454375 -> T50 = 981.75.
        // Sonnet: 300M tokens, RC = 300 x 2.454375 = 736.3125, charged 700.00.
        // Opus:    50M tokens, RC =  50 x 11.698125 = 584.90625, charged 600.02625.
        // Actual cost = 1300.02625; token variance = 1300.02625 - 981.75 = 318.27625.
        // volume = (350M - 400M) x 2.454375 / 1M = -122.71875
        // mix    = (736.3125 - 300 x 2.454375) + (584.90625 - 50 x 2.454375) = 0 + 462.1875 = 462.1875
        // price  = (700 - 736.3125) + (600.02625 - 584.90625) = -36.3125 + 15.12 = -21.1925
        // sum    = -122.71875 + 462.1875 - 21.1925 = 318.27625
        VarianceSplit s = VarianceSplit.of(bd("400000000"), bd("2.454375"), List.of(
                new ModelUsage("claude-sonnet-4-5", bd("300000000"), bd("736.3125"), bd("700.00")),
                new ModelUsage("claude-opus-4-1", bd("50000000"), bd("584.90625"), bd("600.02625"))));
        assertMoney("-122.71875", s.volume(), "volume");
        assertMoney("462.1875", s.mix(), "mix");
        assertMoney("-21.1925", s.price(), "price");
        assertMoney("318.27625", s.total(), "total");
        assertSumsExactly(s, bd("1300.02625"), bd("981.75"));
    }

    @Test
    void nothingSpentIsAllVolume() {
        // No billing lines: volume = -Q x b = -T50; mix = price = 0.
        VarianceSplit s = VarianceSplit.of(bd("60000000"), bd("11.698125"), List.of());
        assertMoney("-701.8875", s.volume(), "volume");
        assertSumsExactly(s, BigDecimal.ZERO, bd("701.8875"));
    }

    @Test
    void awkwardDecimalsStillSumToTheLastDigit() {
        // 2,000 random splits with 30-digit costs and fractional prices: never a rounding residue.
        Random r = new Random(46);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal q = BigDecimal.valueOf(r.nextInt(2_000_000_000));
            BigDecimal b = new BigDecimal(r.nextInt(100_000_000)).movePointLeft(7);
            List<ModelUsage> usages = new ArrayList<>();
            BigDecimal actual = BigDecimal.ZERO;
            for (int m = 0; m < 1 + r.nextInt(4); m++) {
                BigDecimal tokens = BigDecimal.valueOf(r.nextInt(900_000_000)).add(new BigDecimal("0.5"));
                BigDecimal rc = new BigDecimal(r.nextLong() & Long.MAX_VALUE).movePointLeft(12);
                BigDecimal charged = new BigDecimal(r.nextDouble() * 1000, MathContext.DECIMAL64)
                        .setScale(30, RoundingMode.HALF_EVEN);
                usages.add(new ModelUsage("m" + m, tokens, rc, charged));
                actual = actual.add(charged);
            }
            VarianceSplit s = VarianceSplit.of(q, b, usages);
            assertSumsExactly(s, actual, q.multiply(b).divide(BigDecimal.valueOf(1_000_000)));
        }
    }
}
