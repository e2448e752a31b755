package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_BLOCK;
import static app.envelope.store.jooq.gen.Tables.IMPORT_BATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.BillingRepository.Summary;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import commits its lines block by block (V7), yet the store reads a file's lines, and sums
 * them, only once all of them are stored; a failed import deletes its blocks, a killed one's are
 * swept on open.
 */
class CompleteBatchesTest {
    private static final int LINES = 2 * BlockRows.LINES_PER_BLOCK + 1_234;
    @TempDir
    Path dir;
    private H2Store store;

    @BeforeEach
    void setUp() {
        store = H2Store.open(dir.resolve("db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static StoredLine line(long row) {
        BillingLine l = new BillingLine(row, LocalDate.of(2026, 11, 2), "GitHub", "Copilot", null, null, "requests", null,
                BigDecimal.ONE, null, null, new BigDecimal("0.04"), null, "USD", WorkTags.NONE);
        return new StoredLine(0, 0, l, row % 2 == 0 ? "PAY-142" : null, null, BigDecimal.ONE);
    }

    private static Summary summary(long lines) {
        return new Summary("test", "Test", lines, lines, 0, null, new BigDecimal("0.04").multiply(BigDecimal.valueOf(lines)),
                null, "USD");
    }

    /** What another connection sees, asked from another thread (the import's thread is busy storing). */
    private record Seen(long stored, long visible, int batches, int spendGroups, boolean bySha) {
    }

    private long storedLines() {
        java.math.BigDecimal n = store.dsl().select(org.jooq.impl.DSL.sum(BILLING_BLOCK.LINE_COUNT)).from(BILLING_BLOCK).fetchOne().value1();
        return n == null ? 0 : n.longValueExact();
    }

    private long readableLines() {
        long[] n = {0};
        store.billing().forEachLine(null, l -> n[0]++);
        return n[0];
    }

    private Seen seenFromElsewhere() throws Exception {
        return CompletableFuture.supplyAsync(() -> new Seen(storedLines(), readableLines(),
                store.billing().batches().size(), store.billing().spend(null, SpendGroup.By.EPIC).size(),
                store.billing().batchBySha("sha").isPresent())).get(60, TimeUnit.SECONDS);
    }

    @Test
    void committedChunksOfAFileAreInvisibleUntilItsLastLineIsStored() throws Exception {
        Seen[] midway = new Seen[1];
        Batch b = store.billing().importBatch("big.csv", "sha", sink -> {
            feed(sink, 1, LINES);
            try {
                midway[0] = seenFromElsewhere();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return summary(LINES);
        });
        assertTrue(midway[0].stored() >= 2L * BlockRows.LINES_PER_BLOCK, "blocks were committed: " + midway[0]);
        assertEquals(new Seen(midway[0].stored(), 0, 0, 0, false), midway[0], "but none of them is visible");
        Seen after = seenFromElsewhere();
        assertEquals(new Seen(LINES, LINES, 1, 2, true), after);
        assertEquals(LINES, b.rowsImported());
        assertEquals(0, new BigDecimal("0.04").multiply(BigDecimal.valueOf(LINES))
                .compareTo(store.billing().spend(b.id(), SpendGroup.By.EPIC).stream()
                        .map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    void aFailurePartWayDeletesTheChunksItHadCommitted() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> store.billing().importBatch("big.csv", "sha", sink -> {
                    feed(sink, 1, LINES);
                    throw new IllegalStateException("cancelled at the end");
                }));
        assertEquals("cancelled at the end", e.getMessage());
        assertEquals(new Seen(0, 0, 0, 0, false), seenFromElsewhere());
        assertEquals(0, store.dsl().fetchCount(IMPORT_BATCH));
        // The same file can then be imported.
        store.billing().importBatch("big.csv", "sha", sink -> {
            feed(sink, 1, 10);
            return summary(10);
        });
        assertEquals(new Seen(10, 10, 1, 2, true), seenFromElsewhere());
    }

    @Test
    void whatAKilledImportLeftIsDeletedWhenTheStoreIsOpened() throws Exception {
        store.billing().importBatch("done.csv", "done", sink -> {
            feed(sink, 1, 5);
            return summary(5);
        });
        // As a killed process leaves it: its batch still marked importing, some chunks committed.
        long unfinished = store.dsl().insertInto(IMPORT_BATCH, IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.SHA256,
                        IMPORT_BATCH.FORMAT_ID, IMPORT_BATCH.FORMAT_NAME, IMPORT_BATCH.IMPORTED_AT, IMPORT_BATCH.ROWS_READ,
                        IMPORT_BATCH.ROWS_IMPORTED, IMPORT_BATCH.ROWS_REJECTED, IMPORT_BATCH.TOTAL_EFFECTIVE,
                        IMPORT_BATCH.IMPORTING)
                .values("killed.csv", "sha", "reading", "reading", java.time.LocalDateTime.now(), 0L, 0L, 0L, BigDecimal.ZERO,
                        true)
                .returningResult(IMPORT_BATCH.ID).fetchOne().value1();
        store.dsl().connection(c -> {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement(BlockRows.INSERT)) {
                BlockRows rows = new BlockRows(ps, unfinished, new BatchSums(), true);
                for (long i = 1; i <= 3_000; i++) {
                    rows.accept(line(i));
                }
                rows.flush();
            } finally {
                c.setAutoCommit(true);
            }
        });
        assertEquals(3_005, storedLines());
        assertEquals(5, readableLines(), "the unfinished batch's lines were never read");
        assertEquals(1, store.billing().batches().size());
        assertFalse(store.billing().deleteBatch(unfinished), "an unfinished batch is not offered for deletion");
        store.close();

        store = H2Store.open(dir.resolve("db"));
        assertEquals(5, storedLines());
        assertEquals(1, store.dsl().fetchCount(IMPORT_BATCH));
        assertEquals(new Seen(5, 5, 1, 2, false), seenFromElsewhere());
    }

    @Test
    void reattributionRewritesTheEpicsOfEveryBlockAndSumsThemAgain() {
        int n = 3 * BlockRows.LINES_PER_BLOCK + 17; // several blocks
        store.billing().importBatch("many.csv", "sha", sink -> {
            feed(sink, 1, n);
            return summary(n);
        });
        long changed = store.billing().reattribute(l -> l.rowNumber() % 3 == 0 ? "GRO-214" : null);
        // Before: even rows PAY-142, odd rows none. After: every third row GRO-214, the rest none.
        long expected = 0;
        for (long i = 1; i <= n; i++) {
            String before = i % 2 == 0 ? "PAY-142" : null;
            String after = i % 3 == 0 ? "GRO-214" : null;
            if (!java.util.Objects.equals(before, after)) expected++;
        }
        assertEquals(expected, changed);
        java.util.Map<String, Long> byEpic = new java.util.HashMap<>();
        store.billing().spend(null, SpendGroup.By.EPIC).forEach(g -> byEpic.put(g.key(), g.lines()));
        assertEquals(java.util.Map.of("GRO-214", (long) (n / 3), SpendGroup.UNATTRIBUTED, (long) (n - n / 3)), byEpic);
    }

    private static void feed(Consumer<StoredLine> sink, long from, long to) {
        for (long i = from; i <= to; i++) {
            sink.accept(line(i));
        }
    }
}
