package app.envelope.domain;

import static app.envelope.domain.TestRates.assertMoney;
import static app.envelope.domain.TestRates.bd;
import static app.envelope.domain.TestRates.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cost model of DESIGN.md, line by line, against figures worked out by hand with the round
 * prices of {@link TestRates} (effective blended per million: small 1.27, mid 3.81, frontier 19.05;
 * book: mid 4.7625).
 */
class CostModelTest {
    private final Pricing pricing = TestRates.pricing();

    @Test
    void greenAtTheBoundaryCEqualsZ_boundedHalfSpread_reviewHoursCountAsLabour() {
        PlanLine l = line(1).size(Size.M).tier(Tier.MID).effort(Effort.MEDIUM).bounded(true)
                .labourHours(bd("10")).reviewHours(bd("2")).tooling(bd("50"))
                .value(bd("2522.86")).willingness(bd("1261.43")).build();
        /*
         * tokens P50 = 2,000,000 x 1 (medium) = 2,000,000     P90 = 4,000,000 x 1 = 4,000,000
         * blended (mid, effective) = 0.5x2.4 + 0.2x12 + 0.25x0.24 + 0.05x3 = 3.81
         * T50 = 2,000,000 x 3.81 / 1e6 = 7.62                 T90 = 4,000,000 x 3.81 / 1e6 = 15.24
         * R (bounded: half the spread) = (15.24 - 7.62) / 2 = 3.81
         * L = (10 labour + 2 review) h x 100 (blended) = 1200   (review hours count: not 1000)
         * U = 50
         * C = 1200 + 7.62 + 50 + 3.81 = 1261.43
         * Z = 1261.43 = C  -> green (C <= Z, boundary)
         * density = 2522.86 / 1261.43 = 2.000000; net = 2522.86 - 1261.43 = 1261.43; headroom = Z - C = 0
         * envelope = Z - L - U - R = 1261.43 - 1200 - 50 - 3.81 = 7.62 = T50 -> not below T50, not starved
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("2000000", c.tokensP50(), "P50 tokens");
        assertMoney("4000000", c.tokensP90(), "P90 tokens");
        assertMoney("3.81", c.blendedPrice(), "blended price");
        assertMoney("7.62", c.t50(), "T50");
        assertMoney("15.24", c.t90(), "T90");
        assertMoney("3.81", c.risk(), "R");
        assertFalse(c.riskOverridden());
        assertMoney("100", c.labourRate(), "labour rate");
        assertMoney("1200", c.labour(), "L");
        assertMoney("50", c.tooling(), "U");
        assertMoney("1261.43", c.cost(), "C");
        assertMoney("2.000000", c.valueDensity(), "density");
        assertMoney("1261.43", c.netValue(), "net value");
        assertMoney("0", c.headroom(), "headroom");
        assertMoney("7.62", c.tokenEnvelope(), "token envelope");
        assertEquals(Fit.GREEN, c.fit());
        assertEquals(Set.of(), c.flags());
    }

    @Test
    void amberAtTheBoundaryCMinusREqualsZ_unboundedFullSpread_highEffort_roleRate() {
        PlanLine l = line(2).size(Size.L).tier(Tier.MID).effort(Effort.HIGH).bounded(false)
                .labourHours(bd("4")).role(TestRates.ARCHITECT)
                .value(bd("500")).willingness(bd("660.96")).build();
        /*
         * tokens P50 = 8,000,000 x 2 (high) = 16,000,000    P90 = 16,000,000 x 2 = 32,000,000
         * T50 = 16,000,000 x 3.81 / 1e6 = 60.96             T90 = 32,000,000 x 3.81 / 1e6 = 121.92
         * R (unbounded: the full spread) = 121.92 - 60.96 = 60.96
         * L = 4 h x 150 (architect) = 600;  U = 0
         * C = 600 + 60.96 + 0 + 60.96 = 721.92
         * Z = 660.96 = C - R  -> amber (C - R <= Z < C, boundary)
         * density = 500 / 721.92 = 0.6925975... -> 0.692598; net = 500 - 721.92 = -221.92
         * headroom = 660.96 - 721.92 = -60.96
         * envelope = 660.96 - 600 - 0 - 60.96 = 0 < T50, but Y (500) < C: not worth doing, so not starved
         * L is not small work, so high effort does not make it over-powered
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("16000000", c.tokensP50(), "P50 tokens");
        assertMoney("32000000", c.tokensP90(), "P90 tokens");
        assertMoney("60.96", c.t50(), "T50");
        assertMoney("121.92", c.t90(), "T90");
        assertMoney("60.96", c.risk(), "R");
        assertMoney("150", c.labourRate(), "labour rate");
        assertMoney("600", c.labour(), "L");
        assertMoney("721.92", c.cost(), "C");
        assertMoney("0.692598", c.valueDensity(), "density");
        assertMoney("-221.92", c.netValue(), "net value");
        assertMoney("-60.96", c.headroom(), "headroom");
        assertMoney("0", c.tokenEnvelope(), "token envelope");
        assertEquals(Fit.AMBER, c.fit());
        assertEquals(Set.of(), c.flags());

        // One cent less willingness and even an unused reserve does not fit: red.
        LineCost tighter = CostModel.cost(l.toBuilder().willingness(bd("660.95")).build(), pricing);
        assertEquals(Fit.RED, tighter.fit());
    }

    @Test
    void redAndStarved_lowEffort() {
        PlanLine l = line(3).size(Size.XL).tier(Tier.MID).effort(Effort.LOW).bounded(true)
                .labourHours(bd("20")).tooling(bd("100"))
                .value(bd("10000")).willingness(bd("2000")).build();
        /*
         * tokens P50 = 20,000,000 x 0.5 (low) = 10,000,000    P90 = 40,000,000 x 0.5 = 20,000,000
         * T50 = 10,000,000 x 3.81 / 1e6 = 38.10               T90 = 20,000,000 x 3.81 / 1e6 = 76.20
         * R (bounded) = (76.20 - 38.10) / 2 = 19.05
         * L = 20 h x 100 = 2000;  U = 100
         * C = 2000 + 38.10 + 100 + 19.05 = 2157.15
         * C - R = 2138.10 > Z = 2000 -> red
         * density = 10000 / 2157.15 = 4.6357462... -> 4.635746; net = 7842.85; headroom = -157.15
         * envelope = 2000 - 2000 - 100 - 19.05 = -119.05 < T50 (38.10) and Y (10000) >= C -> starved
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("10000000", c.tokensP50(), "P50 tokens");
        assertMoney("20000000", c.tokensP90(), "P90 tokens");
        assertMoney("38.10", c.t50(), "T50");
        assertMoney("76.20", c.t90(), "T90");
        assertMoney("19.05", c.risk(), "R");
        assertMoney("2000", c.labour(), "L");
        assertMoney("2157.15", c.cost(), "C");
        assertMoney("4.635746", c.valueDensity(), "density");
        assertMoney("7842.85", c.netValue(), "net value");
        assertMoney("-157.15", c.headroom(), "headroom");
        assertMoney("-119.05", c.tokenEnvelope(), "token envelope");
        assertEquals(Fit.RED, c.fit());
        assertEquals(Set.of(Flag.STARVED), c.flags());
    }

    @Test
    void overPowered_frontierAtHighEffortOnBoundedXs() {
        PlanLine l = line(4).size(Size.XS).tier(Tier.FRONTIER).effort(Effort.HIGH).bounded(true)
                .labourHours(bd("1")).value(bd("300")).willingness(bd("200")).build();
        /*
         * tokens P50 = 200,000 x 2 = 400,000    P90 = 400,000 x 2 = 800,000
         * blended (frontier, effective) = 0.5x12 + 0.2x60 + 0.25x1.2 + 0.05x15 = 19.05
         * T50 = 400,000 x 19.05 / 1e6 = 7.62    T90 = 800,000 x 19.05 / 1e6 = 15.24
         * R (bounded) = (15.24 - 7.62) / 2 = 3.81
         * L = 1 h x 100 = 100;  U = 0
         * C = 100 + 7.62 + 0 + 3.81 = 111.43 <= Z = 200 -> green
         * density = 300 / 111.43 = 2.6922731... -> 2.692273; headroom = 88.57
         * envelope = 200 - 100 - 0 - 3.81 = 96.19 >= T50 -> not starved
         * XS, bounded, frontier tier and high effort -> over-powered
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("400000", c.tokensP50(), "P50 tokens");
        assertMoney("19.05", c.blendedPrice(), "blended price");
        assertMoney("7.62", c.t50(), "T50");
        assertMoney("15.24", c.t90(), "T90");
        assertMoney("3.81", c.risk(), "R");
        assertMoney("111.43", c.cost(), "C");
        assertMoney("2.692273", c.valueDensity(), "density");
        assertMoney("88.57", c.headroom(), "headroom");
        assertMoney("96.19", c.tokenEnvelope(), "token envelope");
        assertEquals(Fit.GREEN, c.fit());
        assertEquals(Set.of(Flag.OVER_POWERED), c.flags());
        assertEquals("frontier tier at high effort on bounded XS work", c.overPoweredReason());
    }

    @Test
    void notOverPoweredWhenUnbounded_andTheReserveIsTheFullSpread() {
        // The same XS frontier high line as above, but unbounded work.
        PlanLine l = line(5).size(Size.XS).tier(Tier.FRONTIER).effort(Effort.HIGH).bounded(false)
                .labourHours(bd("1")).value(bd("300")).willingness(bd("200")).build();
        /*
         * T50 = 7.62, T90 = 15.24 as above
         * R (unbounded) = 15.24 - 7.62 = 7.62   (twice the bounded 3.81)
         * C = 100 + 7.62 + 0 + 7.62 = 115.24 <= 200 -> green
         * density = 300 / 115.24 = 2.6032627... -> 2.603263
         * unbounded work is never over-powered, whatever the tier and effort
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("7.62", c.risk(), "R");
        assertMoney("115.24", c.cost(), "C");
        assertMoney("2.603263", c.valueDensity(), "density");
        assertEquals(Fit.GREEN, c.fit());
        assertFalse(c.has(Flag.OVER_POWERED));
        assertNull(c.overPoweredReason());
    }

    @Test
    void overPowered_highEffortOnBoundedS_andFrontierAlone() {
        PlanLine l = line(6).size(Size.S).tier(Tier.MID).effort(Effort.HIGH).bounded(true)
                .labourHours(bd("2")).value(bd("400")).willingness(bd("250")).build();
        /*
         * tokens P50 = 500,000 x 2 = 1,000,000    P90 = 1,000,000 x 2 = 2,000,000
         * T50 = 1,000,000 x 3.81 / 1e6 = 3.81     T90 = 7.62
         * R (bounded) = (7.62 - 3.81) / 2 = 1.905
         * L = 2 h x 100 = 200
         * C = 200 + 3.81 + 0 + 1.905 = 205.715 <= 250 -> green
         * density = 400 / 205.715 = 1.9444376... -> 1.944438
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("3.81", c.t50(), "T50");
        assertMoney("1.905", c.risk(), "R");
        assertMoney("205.715", c.cost(), "C");
        assertMoney("1.944438", c.valueDensity(), "density");
        assertEquals(Fit.GREEN, c.fit());
        assertEquals(Set.of(Flag.OVER_POWERED), c.flags());
        assertEquals("high effort on bounded S work", c.overPoweredReason());

        PlanLine frontierMedium = l.toBuilder().tier(Tier.FRONTIER).effort(Effort.MEDIUM).build();
        assertEquals("frontier tier on bounded S work", CostModel.overPoweredReason(frontierMedium));
        PlanLine midMedium = l.toBuilder().effort(Effort.MEDIUM).build();
        assertNull(CostModel.overPoweredReason(midMedium), "mid tier at medium effort is right-sized");
        PlanLine mediumSize = l.toBuilder().size(Size.M).tier(Tier.FRONTIER).build();
        assertNull(CostModel.overPoweredReason(mediumSize), "M is not small work");
    }

    @Test
    void riskOverrideReplacesTheReserveAndCanChangeTheFit() {
        PlanLine l = line(7).size(Size.M).tier(Tier.MID).effort(Effort.MEDIUM).bounded(true)
                .labourHours(bd("5")).riskOverride(bd("25"))
                .value(bd("1000")).willingness(bd("520")).build();
        /*
         * T50 = 7.62, T90 = 15.24 (M mid medium, as in line 1); default R would be 3.81
         * R = 25 (override)
         * L = 5 h x 100 = 500
         * C = 500 + 7.62 + 0 + 25 = 532.62;  C - R = 507.62 <= Z = 520 < C -> amber
         * density = 1000 / 532.62 = 1.8775111... -> 1.877511
         * without the override: C = 500 + 7.62 + 3.81 = 511.43 <= 520 -> green
         */
        LineCost c = CostModel.cost(l, pricing);
        assertMoney("25", c.risk(), "R");
        assertTrue(c.riskOverridden());
        assertMoney("532.62", c.cost(), "C");
        assertMoney("1.877511", c.valueDensity(), "density");
        assertEquals(Fit.AMBER, c.fit());

        LineCost byDefault = CostModel.cost(l.toBuilder().riskOverride(null).build(), pricing);
        assertMoney("3.81", byDefault.risk(), "default R");
        assertFalse(byDefault.riskOverridden());
        assertMoney("511.43", byDefault.cost(), "C without override");
        assertEquals(Fit.GREEN, byDefault.fit());
    }

    @Test
    void eachEffortMultiplier() {
        /*
         * M mid, bounded, no labour: P50 = 2,000,000 x multiplier; T50 = P50 x 3.81 / 1e6
         * low    0.5: 1,000,000 tokens, T50 = 3.81
         * medium 1  : 2,000,000 tokens, T50 = 7.62
         * high   2  : 4,000,000 tokens, T50 = 15.24
         */
        PlanLine.Builder b = line(8).size(Size.M).tier(Tier.MID);
        LineCost low = CostModel.cost(b.effort(Effort.LOW).build(), pricing);
        LineCost medium = CostModel.cost(b.effort(Effort.MEDIUM).build(), pricing);
        LineCost high = CostModel.cost(b.effort(Effort.HIGH).build(), pricing);
        assertMoney("1000000", low.tokensP50(), "low P50");
        assertMoney("3.81", low.t50(), "low T50");
        assertMoney("2000000", medium.tokensP50(), "medium P50");
        assertMoney("7.62", medium.t50(), "medium T50");
        assertMoney("4000000", high.tokensP50(), "high P50");
        assertMoney("15.24", high.t50(), "high T50");
    }

    @Test
    void bookAgainstEffectivePrice() {
        PlanLine l = line(9).size(Size.L).tier(Tier.MID).effort(Effort.MEDIUM).bounded(false)
                .value(bd("100")).willingness(bd("35")).build();
        /*
         * tokens P50 = 8,000,000, P90 = 16,000,000; no labour, no tooling; unbounded
         * EFFECTIVE (3.81): T50 = 30.48, T90 = 60.96, R = 30.48, C = 60.96
         *   C - R = 30.48 <= Z = 35 < 60.96 -> amber; density = 100 / 60.96 = 1.6404199... -> 1.640420
         * BOOK (0.5x3 + 0.2x15 + 0.25x0.30 + 0.05x3.75 = 4.7625):
         *   T50 = 8 x 4.7625 = 38.10, T90 = 76.20, R = 38.10, C = 76.20
         *   C - R = 38.10 > 35 -> red; density = 100 / 76.20 = 1.3123359... -> 1.312336
         * both: Y >= C and envelope (35 - R) < T50 -> starved
         */
        LineCost eff = CostModel.cost(l, pricing, PriceBasis.EFFECTIVE);
        LineCost book = CostModel.cost(l, pricing, PriceBasis.BOOK);
        assertMoney("3.81", eff.blendedPrice(), "effective blended");
        assertMoney("30.48", eff.t50(), "effective T50");
        assertMoney("60.96", eff.t90(), "effective T90");
        assertMoney("30.48", eff.risk(), "effective R");
        assertMoney("60.96", eff.cost(), "effective C");
        assertMoney("1.640420", eff.valueDensity(), "effective density");
        assertEquals(Fit.AMBER, eff.fit());
        assertEquals(Set.of(Flag.STARVED), eff.flags());

        assertMoney("4.7625", book.blendedPrice(), "book blended");
        assertMoney("38.10", book.t50(), "book T50");
        assertMoney("76.20", book.t90(), "book T90");
        assertMoney("38.10", book.risk(), "book R");
        assertMoney("76.20", book.cost(), "book C");
        assertMoney("1.312336", book.valueDensity(), "book density");
        assertEquals(Fit.RED, book.fit());
        assertEquals(Set.of(Flag.STARVED), book.flags());

        // The one-argument form is the plan's own view: effective prices.
        assertMoney("60.96", CostModel.cost(l, pricing).cost(), "default basis C");
    }

    @Test
    void roleRateAgainstBlendedRate() {
        /*
         * 6 labour + 2 review hours = 8 h
         * role architect: 8 x 150 = 1200
         * no role:        8 x 100 (blended) = 800
         * unknown role:   falls back to blended, 8 x 100 = 800
         */
        PlanLine.Builder b = line(10).labourHours(bd("6")).reviewHours(bd("2"));
        LineCost architect = CostModel.cost(b.role(TestRates.ARCHITECT).build(), pricing);
        LineCost blended = CostModel.cost(b.role(null).build(), pricing);
        LineCost unknown = CostModel.cost(b.role("juggler").build(), pricing);
        assertMoney("150", architect.labourRate(), "architect rate");
        assertMoney("1200", architect.labour(), "architect L");
        assertMoney("100", blended.labourRate(), "blended rate");
        assertMoney("800", blended.labour(), "blended L");
        assertMoney("800", unknown.labour(), "unknown role L");
        // Everything but L is the same, so C differs by exactly 1200 - 800 = 400.
        assertMoney("400", architect.cost().subtract(blended.cost()), "C difference");
    }

    @Test
    void zeroCostHasNoValueDensityAndNoError() {
        // small-1 gets a free version from 2026-02-01 (say, a free preview): every price 0.
        LocalDate freeFrom = LocalDate.of(2026, 2, 1);
        Pricing free = TestRates.builder()
                .price(TestRates.price(TestRates.SMALL_MODEL, freeFrom, "0", "0", "0", "0"))
                .build().asOf(freeFrom);
        PlanLine l = line(11).size(Size.XS).tier(Tier.SMALL).effort(Effort.LOW)
                .value(bd("50")).willingness(bd("0")).build();
        /*
         * blended = 0 -> T50 = T90 = 0 -> R = 0; L = 0, U = 0 -> C = 0
         * density = Y / 0: none (null), net = 50, fit: C (0) <= Z (0) -> green, no flags
         */
        LineCost c = CostModel.cost(l, free);
        assertMoney("0", c.cost(), "C");
        assertNull(c.valueDensity());
        assertMoney("50", c.netValue(), "net value");
        assertEquals(Fit.GREEN, c.fit());
        assertEquals(Set.of(), c.flags());
    }
}
