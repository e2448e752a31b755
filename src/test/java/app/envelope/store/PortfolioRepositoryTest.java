package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Autonomy;
import app.envelope.domain.Effort;
import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.RateCard;
import app.envelope.domain.Size;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Tier;
import app.envelope.domain.ValueBasis;
import app.envelope.store.demo.DemoPortfolio;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void writesClosesReopensAndReadsBackEqual() {
        Sprint sprint;
        PlanLine line;
        try (Store s = TestStores.open(dir, "roundtrip")) {
            assertTrue(s.isEmpty());
            s.portfolio().saveEpic(new Epic("PAY-142", "Refund flow rewrite", "Payments"));
            sprint = s.portfolio().saveSprint(new Sprint(0, "Sprint 1", LocalDate.of(2026, 11, 2),
                    LocalDate.of(2026, 11, 13), SprintStatus.OPEN, new BigDecimal("123456.7891")));
            line = s.portfolio().saveLine(new PlanLine(0, sprint.id(), "PAY-142", new BigDecimal("180000.00"),
                    ValueBasis.RISK_REDUCED, new BigDecimal("40000.5"), Size.L, Tier.FRONTIER, Effort.HIGH,
                    Autonomy.AUTONOMOUS, false, new BigDecimal("60.25"), new BigDecimal("12"), "senior-engineer",
                    new BigDecimal("499.99"), new BigDecimal("1234.000001"), true));
        }
        assertTrue(Files.exists(dir.resolve("roundtrip.mv.db")));
        try (Store s = TestStores.open(dir, "roundtrip")) {
            assertFalse(s.isEmpty());
            assertEquals(List.of(new Epic("PAY-142", "Refund flow rewrite", "Payments")), s.portfolio().epics());
            Sprint back = s.portfolio().sprint("Sprint 1").orElseThrow();
            assertEquals(sprint.id(), back.id());
            assertEquals(0, sprint.budget().compareTo(back.budget()));
            List<PlanLine> lines = s.portfolio().planLines(back.id());
            assertEquals(1, lines.size());
            PlanLine l = lines.get(0);
            assertEquals(line.id(), l.id());
            assertEquals(Size.L, l.size());
            assertEquals(Tier.FRONTIER, l.tier());
            assertEquals("senior-engineer", l.role());
            assertEquals(0, new BigDecimal("1234.000001").compareTo(l.riskOverride()));
            assertEquals(0, new BigDecimal("499.99").compareTo(l.tooling()));
            assertTrue(l.funded());
        }
    }

    @Test
    void updatesAndDeletesALine() {
        try (Store s = TestStores.demo(dir)) {
            Sprint open = new PlanQueries(s).currentSprint().orElseThrow();
            PlanLine first = s.portfolio().planLines(open.id()).get(0);
            s.portfolio().saveLine(first.toBuilder().value(new BigDecimal("1.23")).build());
            assertEquals(0, new BigDecimal("1.23").compareTo(s.portfolio().planLines(open.id()).get(0).value()));
            int before = s.portfolio().planLines(open.id()).size();
            s.portfolio().deleteLine(first.id());
            assertEquals(before - 1, s.portfolio().planLines(open.id()).size());
        }
    }

    @Test
    void rateCardRoundTripsEveryVersionAtFullPrecision() {
        RateCard expected = DemoPortfolio.fromClasspath().rateCard();
        try (Store s = TestStores.open(dir, "rates")) {
            s.rateCard().saveAll(expected);
        }
        try (Store s = TestStores.open(dir, "rates")) {
            RateCard back = s.rateCard().load();
            assertEquals(expected.currency(), back.currency());
            assertEquals(expected.prices().size(), back.prices().size());
            for (var e : expected.prices()) {
                var b = back.priceOf(e.modelId(), e.validFrom()).orElseThrow();
                assertEquals(e.validFrom(), b.validFrom());
                assertEquals(0, e.effective().cacheRead().compareTo(b.effective().cacheRead()));
                assertEquals(0, e.book().output().compareTo(b.book().output()));
                assertEquals(e.source(), b.source());
            }
            LocalDate open = LocalDate.of(2026, 11, 16);
            assertEquals(0, expected.asOf(open).tier(Tier.MID).blendedEffective()
                    .compareTo(back.asOf(open).tier(Tier.MID).blendedEffective()));
        }
    }

    @Test
    void demoIsLoadedOnlyIntoAnEmptyDatabase() {
        try (Store s = TestStores.demo(dir)) {
            assertEquals(24, s.portfolio().epics().size());
            assertEquals(4, s.portfolio().sprints().size());
            StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                    () -> DemoPortfolio.fromClasspath().loadInto(s));
            assertTrue(e.getMessage().contains("already holds a portfolio"), e.getMessage());
            assertEquals(24, s.portfolio().epics().size());
        }
    }
}
