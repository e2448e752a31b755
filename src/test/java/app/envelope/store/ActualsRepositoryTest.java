package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.BillingLine;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.Outcome;
import app.envelope.domain.actuals.SpendCell;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real H2 file. */
class ActualsRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void enteredHoursAndOutcomesAreStoredReplacedRemovedAndGoWithTheirLine() {
        try (Store s = TestStores.demo(dir)) {
            Sprint sprint = s.portfolio().sprint("Sprint 47").orElseThrow();
            PlanLine line = s.portfolio().planLines(sprint.id()).get(0);
            s.actuals().save(new LineActual(line.id(), new BigDecimal("12.25"), new Outcome(3, "PRs merged")));
            assertEquals(new LineActual(line.id(), new BigDecimal("12.25"), new Outcome(3, "PRs merged")),
                    s.actuals().lineActuals(sprint.id()).get(line.id()));
            s.actuals().save(new LineActual(line.id(), null, new Outcome(4, "PRs merged")));
            assertNull(s.actuals().lineActuals(sprint.id()).get(line.id()).hours());
            s.actuals().save(LineActual.none(line.id()));
            assertNull(s.actuals().lineActuals(sprint.id()).get(line.id()));
            s.actuals().save(new LineActual(line.id(), BigDecimal.ONE, null));
            s.portfolio().deleteLine(line.id());
            assertNull(s.actuals().lineActuals().get(line.id()));
        }
        try (Store s = TestStores.open(dir, "demo")) {
            assertTrue(s.actuals().lineActuals().size() > 30, "the demo's entered hours survive a reopen");
        }
    }

    private static BillingLine line(long row, String model, TokenType type, String tokens, String eff, String list,
                                    String currency) {
        return new BillingLine(row, LocalDate.of(2026, 11, 3), "V", "api", null, model, "tokens", type, null,
                tokens == null ? null : new BigDecimal(tokens), list == null ? null : new BigDecimal(list),
                new BigDecimal(eff), null, currency, WorkTags.NONE);
    }

    @Test
    void spendIsSummedIntoCellsExactlyInThePortfolioCurrency() {
        try (Store s = TestStores.demo(dir)) {
            long sprint = s.portfolio().sprint("Sprint 46").orElseThrow().id();
            s.billing().importBatch("f.csv", "sha", sink -> {
                sink.accept(new BillingRepository.StoredLine(0, 0, line(1, "m", TokenType.INPUT, "1000", "0.1", "0.2", "USD"),
                        "PAY-142", sprint, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(2, "m", TokenType.INPUT, "3000", "0.000000000000000000000000000003", "0.4", "USD"),
                        "PAY-142", sprint, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(3, "m", TokenType.INPUT, null, "2", null, "EUR"),
                        "PAY-142", sprint, new BigDecimal("1.085")));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(4, "m", null, "5", "1", null, "USD"),
                        null, null, BigDecimal.ONE));
                return new BillingRepository.Summary("x", "x", 4, 4, 0, null, BigDecimal.ONE, null, "USD");
            });
            List<SpendCell> cells = s.actuals().spendCells();
            assertEquals(3, cells.size(), "with and without token counts apart; the unattributed line apart");
            SpendCell withTokens = cells.stream().filter(c -> c.tokens() != null && c.epicKey() != null).findFirst().orElseThrow();
            assertEquals(2, withTokens.lines());
            assertEquals(0, new BigDecimal("4000").compareTo(withTokens.tokens()));
            assertEquals(0, new BigDecimal("0.100000000000000000000000000003").compareTo(withTokens.effective()));
            assertEquals(0, new BigDecimal("0.6").compareTo(withTokens.list()));
            assertEquals(TokenType.INPUT, withTokens.tokenType());
            SpendCell eur = cells.stream().filter(c -> c.tokens() == null).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("2.17").compareTo(eur.effective()), "2 EUR x 1.085");
            assertNull(eur.list());
            SpendCell outside = cells.stream().filter(c -> c.sprintId() == null).findFirst().orElseThrow();
            assertNull(outside.epicKey());
        }
    }
}
