package app.envelope.domain.actuals;

import static app.envelope.domain.actuals.CompareFixtures.SPRINT;
import static app.envelope.domain.actuals.CompareFixtures.bd;
import static app.envelope.domain.actuals.CompareFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Effort;
import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Tier;
import app.envelope.domain.TokenType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A two-line sprint worked by hand (rate card in {@link CompareFixtures}).
 *
 * <pre>
 * EP-1: M, mid, medium, bounded, 10 h blended (100/h), U = 5, Z = 1,122
 *   Q = 2,000,000 tokens, b = 3.81/M: T50 = 7.62, T90 = 15.24, R = (15.24 - 7.62) / 2 = 3.81
 *   L = 1,000; C = 1,000 + 7.62 + 5 + 3.81 = 1,016.43
 *   billing: mid-1 input 1,000,000 tokens, charged 2.40 (list 3.00)   rate card 2.4/M  -> RC 2.40
 *            mid-1 output  400,000 tokens, charged 4.80 (list 6.00)   rate card 12/M   -> RC 4.80
 *            frontier-1 output 100,000, charged 6.50 (list 7.50)      rate card 60/M   -> RC 6.00
 *            actions_linux (tooling) 7.00
 *   11 hours entered: L actual = 1,100; outcome 4 PRs merged
 *   tokens actual 13.70, variance 6.08
 *     volume = (1,500,000 - 2,000,000) x 3.81 / 1M          = -1.905
 *     mix    = (7.20 - 1.4 x 3.81) + (6.00 - 0.1 x 3.81)     = 1.866 + 5.619 = 7.485
 *     price  = (7.20 - 7.20) + (6.50 - 6.00)                  = 0.50
 *   risk used = min(3.81, 6.08) = 3.81; beyond the reserve 2.27
 *   total actual = 1,100 + 13.70 + 7.00 = 1,120.70 vs C 1,016.43: +104.27 (+10.3%), over plan, within Z
 *   at book = 1,100 + 3.00 + 6.00 + 7.50 + 7.00 = 1,123.50 > Z: leaned on the discount
 *   cost per outcome = 1,120.70 / 4 = 280.175 -> 280.18 (half-even)
 * EP-2: S, small, low, bounded, 5 h architect (150/h), U = 0, Z = 800
 *   Q = 250,000, b = 1.27: T50 = 0.3175, R = 0.15875, L = 750, C = 750.47625
 *   billing: 3 Anthropic lines without token counts, 0.20 -> split n/a; no hours entered: labour is
 *   unknown and left out on both sides: plan C - L = 0.47625 against actual 0.20 (42%: no badge)
 * Also in the same file: unattributed 1.25, epic EP-9 (not planned) 2.00, outside any sprint 0.75,
 * another sprint 10.00. Another file outside any sprint (100) is not part of this comparison.
 * </pre>
 */
class ComparerTest {
    private static PlanLine line(long id, String epic, Size size, Tier tier, Effort effort, String hours, String role,
                                 String tooling, String z) {
        return new PlanLine.Builder().id(id).sprintId(1).epicKey(epic).value(bd("5000")).willingness(bd(z))
                .size(size).tier(tier).effort(effort).bounded(true).labourHours(bd(hours)).role(role)
                .tooling(bd(tooling)).build();
    }

    private static SprintComparison compare() {
        List<PlanLine> lines = List.of(line(1, "EP-1", Size.M, Tier.MID, Effort.MEDIUM, "10", null, "5", "1122"),
                line(2, "EP-2", Size.S, Tier.SMALL, Effort.LOW, "5", "architect", "0", "800"));
        List<SpendCell> cells = List.of(
                tokens("EP-1", "Bedrock", "mid-1", TokenType.INPUT, "1000000", "2.40", "3.00"),
                tokens("EP-1", "Bedrock", "Mid 1", TokenType.OUTPUT, "400000", "4.80", "6.00"),
                tokens("EP-1", "Bedrock", "frontier-1", TokenType.OUTPUT, "100000", "6.50", "7.50"),
                new SpendCell(1, 1L, "EP-1", "GitHub", "actions", "actions_linux", null, "minutes", null, 2, null,
                        bd("7.00"), bd("7.00")),
                new SpendCell(1, 1L, "EP-2", "Anthropic", "Claude API", "token", "Small 1", "output", TokenType.OUTPUT,
                        3, null, bd("0.20"), null),
                tokens(null, "Cursor", "x", null, "1000", "1.25", null),
                tokens("EP-9", "OpenAI", "gpt", null, "5000", "2.00", null),
                new SpendCell(1, null, "EP-1", "Bedrock", "api", null, "mid-1", "tokens", TokenType.INPUT, 1,
                        bd("300000"), bd("0.75"), null),
                new SpendCell(1, 2L, "EP-1", "Bedrock", "api", null, "mid-1", "tokens", TokenType.INPUT, 4,
                        bd("4000000"), bd("10.00"), null),
                new SpendCell(2, null, null, "Cursor", "api", null, "x", "tokens", null, 9, null, bd("100"), null));
        OutcomePoint earlier = new OutcomePoint("S0", LocalDate.of(2025, 12, 22), "PRs merged", 3, bd("900"), bd("300.00"));
        CompareInput in = new CompareInput(SPRINT, lines, CompareFixtures.card(),
                Map.of("EP-1", new Epic("EP-1", "First", "Team"), "EP-2", new Epic("EP-2", "Second", "Team"),
                        "EP-9", new Epic("EP-9", "Ninth", "Team")),
                cells, Map.of(1L, new LineActual(1, bd("11"), new Outcome(4, "PRs merged"))),
                Map.of("EP-1", List.of(earlier)));
        return Comparer.compare(in);
    }

    private static void assertMoney(String expected, BigDecimal actual, String what) {
        assertEquals(0, bd(expected).compareTo(actual), () -> what + ": expected " + expected + ", was "
                + (actual == null ? null : actual.toPlainString()));
    }

    @Test
    void aLineWithTokenCountsSplitsIntoVolumeMixAndPrice() {
        EpicComparison e = compare().epic("EP-1").orElseThrow();
        assertMoney("7.62", e.tokens().plan(), "T50");
        assertMoney("13.70", e.tokens().actual(), "tokens actual");
        TokenVariance tv = e.tokenVariance();
        assertMoney("1500000", tv.actualTokens(), "actual tokens");
        assertMoney("-1.905", tv.split().volume(), "volume");
        assertMoney("7.485", tv.split().mix(), "mix");
        assertMoney("0.50", tv.split().price(), "price");
        assertMoney("6.08", tv.split().total(), "volume + mix + price");
        assertEquals(List.of("frontier-1", "mid-1"), tv.byModel().stream().map(ModelUsage::model).toList());
        assertMoney("5.619", tv.byModel().get(0).mix(tv.plannedBlendedPrice()), "frontier mix");
        assertMoney("3.81", e.riskUsed(), "risk used");
        assertMoney("2.27", e.overReserve(), "beyond the reserve");
    }

    @Test
    void aLineIsComparedPerCategoryAndInTotal() {
        EpicComparison e = compare().epic("EP-1").orElseThrow();
        assertMoney("1000", e.labour().plan(), "L");
        assertMoney("1100", e.labour().actual(), "labour actual");
        assertMoney("5", e.tooling().plan(), "U");
        assertMoney("7.00", e.tooling().actual(), "tooling actual");
        assertMoney("1016.43", e.total().plan(), "C");
        assertMoney("1120.70", e.total().actual(), "actual total");
        assertMoney("104.27", e.total().variance(), "variance");
        assertEquals(bd("10.3"), e.total().percent());
        assertTrue(e.overPlan());
        assertFalse(e.overZ());
        assertMoney("1123.50", e.actualAtBook(), "at book");
        assertTrue(e.overZOnlyAtBook());
        assertEquals(AlertLevel.AT_100, e.alert());
        assertEquals(5, e.billingLines(), "3 token lines + 2 tooling lines");
    }

    @Test
    void costPerOutcomeAndItsTrend() {
        EpicComparison e = compare().epic("EP-1").orElseThrow();
        assertEquals(bd("280.18"), e.costPerOutcome());
        assertEquals(List.of("S0", "S1"), e.outcomeTrend().stream().map(OutcomePoint::sprint).toList());
        assertEquals(bd("280.18"), e.outcomeTrend().get(1).costPerOutcome());
    }

    @Test
    void withoutTokenCountsTheSplitIsNotAvailableButTheVarianceIs() {
        EpicComparison e = compare().epic("EP-2").orElseThrow();
        assertNull(e.tokenVariance().split());
        assertNull(e.tokenVariance().actualTokens());
        assertEquals("no token counts on 3 billing lines (Anthropic)", e.tokenVariance().unavailableReason());
        assertMoney("-0.1175", e.tokenVariance().variance(), "token variance 0.20 - 0.3175");
        assertFalse(e.hoursEntered());
        assertMoney("0", e.labour().actual(), "no labour without hours");
        assertMoney("750", e.plannedLabour(), "L");
        assertMoney("0.47625", e.total().plan(), "C - L without hours");
        assertMoney("0.20", e.total().actual(), "actual");
        assertEquals(AlertLevel.NONE, e.alert());
    }

    @Test
    void spendNobodyPlannedHasItsOwnRowsAndTheTotalsReconcileToTheFile() {
        SprintComparison c = compare();
        assertMoney("1.25", c.unattributed().total(), "unattributed");
        assertEquals(1, c.unplannedEpics().size());
        assertEquals("EP-9", c.unplannedEpics().get(0).key());
        assertMoney("2.00", c.unplannedEpics().get(0).total(), "EP-9");
        assertMoney("0.75", c.outsideSprint().total(), "outside any sprint");
        ComparisonTotals t = c.totals();
        // file 1 = 2.40 + 4.80 + 6.50 + 7.00 + 0.20 + 1.25 + 2.00 + 0.75 + 10.00 = 34.90
        assertMoney("34.90", t.importedTotal(), "imported");
        assertMoney("10.00", t.inOtherSprints(), "other sprints");
        assertMoney("24.90", t.billingInComparison(), "in this comparison");
        assertTrue(t.reconciles());
        assertEquals(1, t.batches());
        // sprint: plan 1,016.43 + 0.47625; actual 1,120.70 + 0.20 + 2.00 + 1.25
        assertMoney("1016.90625", t.total().plan(), "sum of C (less L of EP-2, without hours)");
        assertMoney("1124.15", t.total().actual(), "sprint actual");
        assertMoney("1124.90", t.grandActual(), "with outside any sprint");
        assertEquals(1, t.linesWithoutHours());
        assertMoney("1000", t.labour().plan(), "labour of lines with hours");
        assertEquals(1, t.linesWithSplit());
        assertEquals(1, t.linesWithoutSplit());
        assertMoney("7.485", t.split().mix(), "sprint mix (lines with a split)");
    }

    @Test
    void subsidyExposureAndAlerts() {
        SprintComparison c = compare();
        ActualSubsidy s = c.subsidy();
        assertEquals(1, s.linesAffected());
        assertEquals(List.of("EP-1"), s.affected());
        assertEquals(bd("0.5000"), s.share());
        assertTrue(s.warning());
        assertMoney("1.50", s.overZAtBook(), "1,123.50 - 1,122");
        assertMoney("2.80", s.subsidy(), "book - paid = (3 + 6 + 7.5) - (2.4 + 4.8 + 6.5)");
        assertEquals(List.of("S1", "EP-1"), c.alerts().stream().map(BudgetAlert::key).toList());
        assertEquals(AlertLevel.AT_100, c.sprintAlert().orElseThrow().level());
    }

    @Test
    void overZIsSaidApartFromOverPlan() {
        List<PlanLine> lines = List.of(line(1, "EP-1", Size.M, Tier.MID, Effort.MEDIUM, "10", null, "5", "1000"));
        SprintComparison c = Comparer.compare(new CompareInput(SPRINT, lines, CompareFixtures.card(), Map.of(),
                List.of(tokens("EP-1", "Bedrock", "mid-1", TokenType.INPUT, "1000000", "2.40", "3.00")),
                Map.of(1L, new LineActual(1, bd("10.5"), null)), Map.of()));
        EpicComparison e = c.epic("EP-1").orElseThrow();
        // 1,050 + 2.40 + 0 = 1,052.40 > C 1,016.43 and > Z 1,000
        assertTrue(e.overPlan());
        assertTrue(e.overZ());
        assertFalse(e.overZOnlyAtBook());
        assertNull(e.costPerOutcome());
        // nothing charged outside this sprint: no other sprints, no outside row
        assertMoney("0", c.outsideSprint().total(), "outside");
        assertTrue(c.totals().reconciles());
    }
}
