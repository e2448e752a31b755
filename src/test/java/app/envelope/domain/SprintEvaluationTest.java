package app.envelope.domain;

import static app.envelope.domain.TestRates.assertMoney;
import static app.envelope.domain.TestRates.bd;
import static app.envelope.domain.TestRates.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sprint's plan as a whole: totals, the fund line and subsidy exposure. */
class SprintEvaluationTest {
    private final Pricing pricing = TestRates.pricing();

    @Test
    void totalsByCategoryAreTheSumsOfTheLines() {
        PlanLine a = line(1).size(Size.M).tier(Tier.MID).effort(Effort.MEDIUM).bounded(true)
                .labourHours(bd("10")).reviewHours(bd("2")).tooling(bd("50"))
                .value(bd("2522.86")).willingness(bd("1261.43")).build();
        PlanLine b = line(2).size(Size.XL).tier(Tier.MID).effort(Effort.LOW).bounded(true)
                .labourHours(bd("20")).tooling(bd("100"))
                .value(bd("10000")).willingness(bd("2000")).build();
        PlanLine c = line(3).size(Size.XS).tier(Tier.FRONTIER).effort(Effort.HIGH).bounded(true)
                .labourHours(bd("1")).value(bd("300")).willingness(bd("200")).build();
        /*
         * (each line worked out in CostModelTest)
         *          L        T50      U      R       C         Y          Z
         * a     1200       7.62     50    3.81   1261.43    2522.86    1261.43   (M mid medium, 12 h)
         * b     2000      38.10    100   19.05   2157.15   10000       2000      (XL mid low, 20 h)
         * c      100       7.62      0    3.81    111.43     300        200      (XS frontier high, 1 h)
         * sum   3300      53.34    150   26.67   3530.01   12822.86    3461.43
         * check: 3300 + 53.34 + 150 + 26.67 = 3530.01
         * net value = 12822.86 - 3530.01 = 9292.85; budget 4000 -> headroom 4000 - 3530.01 = 469.99
         */
        SprintEvaluation e = SprintEvaluation.evaluate(List.of(a, b, c), pricing, bd("4000"));
        CategoryTotals t = e.totals();
        assertMoney("3300", t.labour(), "total L");
        assertMoney("53.34", t.tokens(), "total T50");
        assertMoney("150", t.tooling(), "total U");
        assertMoney("26.67", t.risk(), "total R");
        assertMoney("3530.01", t.cost(), "total C");
        assertMoney("12822.86", t.value(), "total Y");
        assertMoney("3461.43", t.willingness(), "total Z");
        assertMoney("9292.85", t.netValue(), "net value");
        assertMoney("469.99", e.budgetHeadroom(), "budget headroom");
        assertEquals(2, e.count(Fit.GREEN)); // a and c
        assertEquals(1, e.count(Fit.RED)); // b
        assertEquals(1, e.count(Flag.STARVED));
        assertEquals(1, e.count(Flag.OVER_POWERED));
    }

    /**
     * Four M mid medium bounded lines: T50 = 7.62 and R = 3.81 each (see CostModelTest), so
     * C = hours x 100 + 11.43.
     */
    private static List<PlanLine> fourLines() {
        return List.of(
                line(1).labourHours(bd("10")).value(bd("5000")).build(),  // C 1011.43, Y/C = 4.943496
                line(2).labourHours(bd("5")).value(bd("1000")).build(),   // C  511.43, Y/C = 1.955302
                line(3).labourHours(bd("20")).value(bd("6000")).build(),  // C 2011.43, Y/C = 2.982952
                line(4).labourHours(bd("2")).value(bd("200")).build());   // C  211.43, Y/C = 0.945940
    }

    @Test
    void fundLineRanksByValueDensityWithCumulativeCostAgainstTheBudget() {
        /*
         * rank  line  density    C         cumulative C
         *   1    1    4.943496  1011.43    1011.43
         *   2    3    2.982952  2011.43    3022.86
         *   3    2    1.955302   511.43    3534.29
         *   4    4    0.945940   211.43    3745.72
         * (5000 / 1011.43 = 4.9434958..., 6000 / 2011.43 = 2.9829524..., 1000 / 511.43 = 1.9553018...,
         *  200 / 211.43 = 0.9459395... -> 0.945940, all to 6 places half-even)
         * budget 3500: ranks 1-2 within (3022.86 <= 3500), ranks 3-4 not (3534.29 > 3500)
         */
        SprintEvaluation e = SprintEvaluation.evaluate(fourLines(), pricing, bd("3500"));
        assertMoney("4.943496", e.line(1).cost().valueDensity(), "density line 1");
        assertMoney("1.955302", e.line(2).cost().valueDensity(), "density line 2");
        assertMoney("2.982952", e.line(3).cost().valueDensity(), "density line 3");
        assertMoney("0.945940", e.line(4).cost().valueDensity(), "density line 4");

        assertFundLine(e, 1, 1, "1011.43", true);
        assertFundLine(e, 3, 2, "3022.86", true);
        assertFundLine(e, 2, 3, "3534.29", false);
        assertFundLine(e, 4, 4, "3745.72", false);
    }

    @Test
    void fundLineFlipsExactlyAtTheBudget() {
        // Cumulative C at rank 2 is 3022.86: a budget of exactly that funds it, one cent less does not.
        SprintEvaluation exact = SprintEvaluation.evaluate(fourLines(), pricing, bd("3022.86"));
        assertTrue(exact.fundLine().get(3L).withinBudget());
        assertFalse(exact.fundLine().get(2L).withinBudget());

        SprintEvaluation short1c = SprintEvaluation.evaluate(fourLines(), pricing, bd("3022.85"));
        assertTrue(short1c.fundLine().get(1L).withinBudget());
        assertFalse(short1c.fundLine().get(3L).withinBudget());
    }

    private static void assertFundLine(SprintEvaluation e, long id, int rank, String cumulative, boolean within) {
        FundLineEntry f = e.fundLine().get(id);
        assertEquals(rank, f.rank(), "rank of line " + id);
        assertMoney(cumulative, f.cumulativeCost(), "cumulative C at line " + id);
        assertEquals(within, f.withinBudget(), "line " + id + " within budget");
    }

    /** L mid medium unbounded, no labour: effective C 60.96 (R 30.48); book C 76.20 (R 38.10). */
    private static PlanLine tokenOnly(long id, String willingness) {
        return line(id).size(Size.L).tier(Tier.MID).effort(Effort.MEDIUM).bounded(false)
                .value(bd("100")).willingness(bd(willingness)).build();
    }

    @Test
    void subsidyExposureCountsLinesWhoseFitWorsensAtBookPrice() {
        /*
         * effective: C 60.96, C - R 30.48      book: C 76.20, C - R 38.10
         * Z        effective fit                book fit                    worse?
         * 35       amber (30.48 <= 35 < 60.96)  red   (38.10 > 35)           yes
         * 60.96    green (60.96 <= 60.96)       amber (38.10 <= 60.96 < 76.2) yes
         * 100      green                        green (76.20 <= 100)         no
         * 10       red   (30.48 > 10)           red                          no
         * 50       amber                        amber (38.10 <= 50 < 76.20)  no (costlier, same fit)
         * 2 of 5 = 40% > 20% -> warning
         */
        List<PlanLine> lines = List.of(tokenOnly(1, "35"), tokenOnly(2, "60.96"), tokenOnly(3, "100"),
                tokenOnly(4, "10"), tokenOnly(5, "50"));
        SprintEvaluation e = SprintEvaluation.evaluate(lines, pricing, bd("1000"));

        assertEquals(Fit.AMBER, e.line(1).cost().fit());
        assertEquals(Fit.RED, e.line(1).bookFit());
        assertEquals(Fit.GREEN, e.line(2).cost().fit());
        assertEquals(Fit.AMBER, e.line(2).bookFit());
        assertTrue(e.line(1).subsidised());
        assertTrue(e.line(2).subsidised());
        assertFalse(e.line(3).subsidised());
        assertFalse(e.line(4).subsidised());
        assertFalse(e.line(5).subsidised());

        SubsidyExposure s = e.subsidy();
        assertEquals(2, s.linesAffected());
        assertEquals(5, s.lines());
        assertMoney("0.40", s.share(), "share");
        assertEquals("40%", s.percent());
        assertTrue(s.warning());
    }

    @Test
    void subsidyExposureOfExactly20PercentIsNotAWarning() {
        // As above with line 2 given Z 100 (green at both prices): only line 1 worsens, 1 of 5 = 20%.
        List<PlanLine> lines = List.of(tokenOnly(1, "35"), tokenOnly(2, "100"), tokenOnly(3, "100"),
                tokenOnly(4, "10"), tokenOnly(5, "50"));
        SubsidyExposure s = SprintEvaluation.evaluate(lines, pricing, bd("1000")).subsidy();
        assertEquals(1, s.linesAffected());
        assertMoney("0.20", s.share(), "share");
        assertEquals("20%", s.percent());
        assertFalse(s.warning(), "the warning is for ABOVE 20%");

        // 1 of 4 = 25% is above.
        assertTrue(SubsidyExposure.of(1, 4).warning());
        // An empty plan leans on nothing.
        assertEquals(BigDecimal.ZERO.compareTo(SubsidyExposure.of(0, 0).share()), 0);
    }
}
