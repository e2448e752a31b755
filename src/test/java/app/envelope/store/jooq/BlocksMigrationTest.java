package app.envelope.store.jooq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.FxUse;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.DbLocation;
import app.envelope.store.Schema;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the previous version (schema 6, one row per billing line) is moved into
 * blocks and sums when opened (V7 to V9): every line comes back as it was, and the sums answer
 * with the figures worked out by hand below.
 */
class BlocksMigrationTest {
    @TempDir
    Path dir;

    private static final String LINE = "INSERT INTO BILLING_LINE_STORED (BATCH_ID, ROW_NUMBER, CHARGE_DATE, VENDOR, PRODUCT,"
            + " SKU, MODEL, UNIT, TOKEN_TYPE, QUANTITY, TOKENS, LIST_COST, EFFECTIVE_COST, BILLED_COST, CURRENCY, FX_RATE,"
            + " PROJECT, REPOSITORY, WORKSPACE, API_KEY_NAME, COST_CENTER, USER_NAME, RAW_TAGS, EXTRA, EPIC_KEY, SPRINT_ID) VALUES ";

    private static String batch(long id, String sha, boolean importing) {
        return "INSERT INTO IMPORT_BATCH (ID, FILE_NAME, SHA256, FORMAT_ID, FORMAT_NAME, IMPORTED_AT, ROWS_READ, ROWS_IMPORTED,"
                + " ROWS_REJECTED, TOTAL_EFFECTIVE, CURRENCY, IMPORTING) VALUES (" + id + ", 'f" + id + ".csv', '" + sha
                + "', 'github', 'GitHub', TIMESTAMP '2026-11-20 10:00:00', 3, 3, 0, 1, 'USD', " + importing + ")";
    }

    private Path version6Database() throws Exception {
        Path db = DbLocation.normalise(dir.resolve("old"));
        String url = OpenChecks.url(db, false);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate(batch(1, "aaa", false));
            s.executeUpdate(batch(2, "bbb", true)); // an import that was killed: never visible
            s.executeUpdate(LINE + "(1, 1, DATE '2026-11-02', 'GitHub', 'copilot', NULL, NULL, 'requests', NULL, 3, NULL,"
                    + " 0.12, 0.12, 0.12, 'USD', 1, NULL, 'payments-api', NULL, NULL, NULL, 'ana',"
                    + " NULL, '{\"workflow_path\":\"ci.yml\"}', 'PAY-142', NULL)");
            s.executeUpdate(LINE + "(1, 2, DATE '2026-11-03', 'Anthropic', NULL, NULL, 'claude-sonnet-4.5', 'output', 'OUTPUT',"
                    + " NULL, 1000000, NULL, 15.0, NULL, 'EUR', 1.085, 'pay', NULL, NULL, NULL, NULL, NULL,"
                    + " '{\"team\":\"payments\",\"env\":\"prod\"}', NULL, NULL, 1)");
            s.executeUpdate(LINE + "(1, 3, DATE '2026-11-05', 'GitHub', 'copilot', NULL, NULL, 'requests', NULL, -1, NULL,"
                    + " -0.04, -0.04, -0.04, 'USD', 1, NULL, 'growth-web', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
            s.executeUpdate(LINE + "(2, 1, DATE '2026-11-05', 'GitHub', 'copilot', NULL, NULL, 'requests', NULL, 1, NULL,"
                    + " 9, 9, 9, 'USD', 1, NULL, 'x', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        }
        return db;
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theLinesOfAVersion6DatabaseAreMovedIntoBlocksExactly() throws Exception {
        Path db = version6Database();
        org.junit.jupiter.api.Assertions.assertTrue(H2Store.needsUpgrade(db), "the splash says it is upgrading");
        assertFalse(H2Store.needsUpgrade(dir.resolve("new")), "a new file is created, not upgraded");
        try (H2Store store = H2Store.open(db)) {
            assertFalse(H2Store.needsUpgrade(db), "upgraded");
            assertEquals(List.of(1L), store.billing().batches().stream().map(b -> b.id()).toList(),
                    "the killed import's batch is gone");
            List<StoredLine> lines = new ArrayList<>();
            store.billing().forEachLine(null, lines::add);
            BigDecimal one = BigDecimal.ONE.setScale(12);
            assertEquals(List.of(
                    new StoredLine(1, 1, new BillingLine(1, LocalDate.of(2026, 11, 2), "GitHub", "copilot", null, null, "requests",
                            null, d("3"), null, d("0.12"), d("0.12"), d("0.12"), "USD",
                            new WorkTags(null, "payments-api", null, null, null, "ana", Map.of(), Map.of("workflow_path", "ci.yml"))),
                            "PAY-142", null, one),
                    new StoredLine(2, 1, new BillingLine(2, LocalDate.of(2026, 11, 3), "Anthropic", null, null, "claude-sonnet-4.5",
                            "output", TokenType.OUTPUT, null, d("1E+6"), null, d("15"), null, "EUR",
                            new WorkTags("pay", null, null, null, null, null, Map.of("team", "payments", "env", "prod"), Map.of())),
                            null, 1L, d("1.085000000000")),
                    new StoredLine(3, 1, new BillingLine(3, LocalDate.of(2026, 11, 5), "GitHub", "copilot", null, null, "requests",
                            null, d("-1"), null, d("-0.04"), d("-0.04"), d("-0.04"), "USD",
                            new WorkTags(null, "growth-web", null, null, null, null, Map.of(), Map.of())), null, null, one)),
                    lines);

            // Unattributed: 15 EUR x 1.085 = 16.275 USD, and a credit of -0.04 USD.
            assertEquals(List.of(new SpendGroup(SpendGroup.UNATTRIBUTED, 2, d("-0.04"), d("16.235"), d("-0.04")),
                            new SpendGroup("PAY-142", 1, d("0.12"), d("0.12"), d("0.12"))),
                    store.billing().spend(null, SpendGroup.By.EPIC));
            assertEquals(List.of(new SpendGroup("Anthropic · claude-sonnet-4.5 · project pay", 1, null, d("16.275"), null),
                            new SpendGroup("GitHub · copilot · repository growth-web", 1, d("-0.04"), d("-0.04"), d("-0.04"))),
                    store.billing().spend(1L, SpendGroup.By.UNATTRIBUTED_SOURCE));
            assertEquals(new Span(2, d("0.08"), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5)),
                    store.billing().outsideSprints(null));
            assertEquals(List.of(new FxUse("EUR", d("1.085"), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), 1),
                            new FxUse("USD", BigDecimal.ONE, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), 2)),
                    store.billing().fxUsed(null));
            assertEquals(List.of("env", "team"), store.billing().tagKeys());
            assertEquals(Map.of("PAY-142", List.of("ana")), store.billing().usersByEpic());
            assertEquals(3, store.actuals().spendCells().size());
            assertEquals(0, store.dsl().fetchCount(org.jooq.impl.DSL.table("INFORMATION_SCHEMA.TABLES"),
                    org.jooq.impl.DSL.field("TABLE_NAME", String.class).like("BILLING_LINE%")),
                    "the old table and its view are dropped");
        }
        assertFalse(Schema.LATEST_VERSION < 9);
    }

    @Test
    void theFileIsCompactedOnceItsLinesAreMoved() throws Exception {
        Path db = DbLocation.normalise(dir.resolve("many"));
        String url = OpenChecks.url(db, false);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate(batch(1, "aaa", false));
            s.executeUpdate(LINE.replace(" VALUES ", " SELECT 1, X, DATE '2026-11-02' + (X % 12), 'GitHub', 'copilot', NULL, NULL,"
                    + " 'requests', NULL, X % 7, NULL, 0.04, 0.04, 0.04, 'USD', 1, NULL, 'repo-' || (X % 50), NULL, NULL,"
                    + " NULL, 'dev' || (X % 40), NULL, '{\"workflow_path\":\"ci.yml\"}', NULL, NULL FROM SYSTEM_RANGE(1, 30000)"));
        }
        long before = java.nio.file.Files.size(DbLocation.file(db));
        long[] lines = {0};
        long after;
        try (H2Store store = H2Store.open(db)) {
            // Measured while open: H2 also compacts a little when it closes, which would hide whether the open did.
            after = java.nio.file.Files.size(DbLocation.file(db));
            store.billing().forEachLine(null, l -> lines[0]++);
            assertEquals(0, new BigDecimal("1200").compareTo(store.billing().spend(null, SpendGroup.By.EPIC).get(0).effective()));
        }
        assertEquals(30_000, lines[0]);
        org.junit.jupiter.api.Assertions.assertTrue(after < before / 2, "compacted: " + before + " -> " + after + " bytes");
        try (H2Store store = H2Store.open(db)) {
            assertEquals(1, store.billing().batches().size(), "and it opens again as it was");
        }
    }
}
