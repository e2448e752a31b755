package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportCancelledException;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.attribution.RuleOperator;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.store.SpendGroup;
import app.envelope.store.Store;
import app.envelope.store.StoreException;
import app.envelope.store.TestStores;
import app.envelope.store.jooq.H2Store;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    private Store store;
    private ImportService service;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        service = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long storedLines() {
        AtomicLong n = new AtomicLong();
        store.billing().forEachLine(null, l -> n.incrementAndGet());
        return n.get();
    }

    @Test
    void importsAFileAsOneBatchAttributedToEpicsAndSprints() throws Exception {
        // 12 days from 2026-11-02: all inside Sprint 46 (2026-11-02..13); PAY-142 found in a repository name.
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 400, LocalDate.of(2026, 11, 2));
        ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
        assertEquals("github-usage-detailed", r.read().formatId());
        assertEquals(400, r.read().rowsImported());
        assertEquals(400, storedLines());
        assertEquals(List.of("Sprint 46"), r.bySprint().stream().map(SpendGroup::key).toList());
        SpendGroup pay142 = r.byEpic().stream().filter(g -> g.key().equals("PAY-142")).findFirst().orElseThrow();
        assertEquals(100, pay142.lines());
        assertEquals(300, r.unattributed().lines());
        BigDecimal sum = r.byEpic().stream().map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(r.read().effectiveTotal()), "epics + unattributed = the file's total");
    }

    @Test
    void theReportsSpendIsExactlyWhatTheStoreReturnsForTheBatch() throws Exception {
        // From 2026-11-10: Sprint 46 (to 11-13), a weekend outside any sprint, then Sprint 47.
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 9_000, LocalDate.of(2026, 11, 10));
        ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
        long id = r.batch().id();
        assertEquals(store.billing().spend(id, SpendGroup.By.SPRINT), r.bySprint());
        assertEquals(store.billing().spend(id, SpendGroup.By.EPIC), r.byEpic());
        assertEquals(store.billing().spend(id, SpendGroup.By.UNATTRIBUTED_SOURCE), r.unattributedSources());
        assertEquals(store.billing().outsideSprints(id), r.outsideAnySprint());
        assertEquals(store.billing().fxUsed(id), r.fxUsed());
        ActualsService actuals = new ActualsService(store, new BillingFileReader(), new InMemoryMappingStore());
        assertEquals(actuals.summary(r.batch()), actuals.summary(r), "the screen's summary, without re-reading the lines");
        assertEquals(3, r.bySprint().size());
        assertTrue(r.outsideSprints().lines() > 0);
        assertEquals(9_000, r.bySprint().stream().mapToLong(SpendGroup::lines).sum());
    }

    @Test
    void aStoreFailurePartWayStoresNothingAndStopsTheReader() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("long.csv"), 40_000, LocalDate.of(2026, 11, 2));
        // Row 30,000 has a quantity with 31 digits before the point: the reader takes it, the store
        // (which keeps 30) refuses it mid-file, after several blocks were committed.
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(file));
        String[] cells = rows.get(30_000).split(",", -1);
        cells[3] = "1234567890123456789012345678901";
        rows.set(30_000, String.join(",", cells));
        Files.write(file, rows);
        StoreException e = assertThrows(StoreException.class,
                () -> service.importFile(file, ImportProgress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("Cannot store billing row 30000: its quantity"), e.getMessage());
        assertEquals(0, store.billing().batches().size());
        assertEquals(0, storedLines());
        assertFalse(readerThreadAlive(), "the reading thread has ended");
    }

    @Test
    void aFileThatChangesWhileItIsImportedIsRefusedAndNothingIsStored() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("growing.csv"), 40_000, LocalDate.of(2026, 11, 2));
        List<String> lines = Files.readAllLines(file);
        String extra = lines.get(1) + System.lineSeparator();
        AtomicBoolean appended = new AtomicBoolean();
        // An export still being written: a row is appended once the reading has begun.
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, appendingOnce(file, extra, appended), () -> false));
        assertTrue(appended.get());
        assertTrue(e.getMessage().contains("changed while it was being imported"), e.getMessage());
        assertEquals(0, store.billing().batches().size());
        assertEquals(0, storedLines());
        // Complete now, it imports, with every row.
        ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
        assertEquals(40_001, r.read().rowsImported());
    }

    @Test
    void anInterruptedImportStoresNothingAndKeepsTheInterrupt() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("big.csv"), 200_000, LocalDate.of(2026, 11, 2));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                // The first progress report holds the reader, so the storing thread runs dry and waits for lines.
                service.importFile(file, (rows, bytes, total) -> {
                    started.countDown();
                    awaitQuietly(resume);
                }, () -> false);
            } catch (Throwable e) {
                thrown.set(e);
            }
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        worker.start();
        assertTrue(started.await(60, TimeUnit.SECONDS));
        // Interrupt it while it waits for lines, not inside H2: an interrupt during H2's own file I/O
        // closes H2's file channel (a property of H2 2.3 on FileChannel, whoever interrupts).
        long deadline = System.currentTimeMillis() + 60_000;
        while (worker.getState() != Thread.State.WAITING && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        worker.interrupt();
        resume.countDown();
        worker.join(120_000);
        assertFalse(worker.isAlive());
        assertTrue(thrown.get() instanceof ImportCancelledException, String.valueOf(thrown.get()));
        assertTrue(interruptKept.get(), "the caller still sees that it was interrupted");
        assertEquals(0, store.billing().batches().size());
        assertEquals(0, storedLines());
        assertFalse(readerThreadAlive());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean readerThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("envelope-import-reader") && t.isAlive());
    }

    @Test
    void theSameFileTwiceIsRefusedNamingTheEarlierImport() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 10, LocalDate.of(2026, 11, 2));
        service.importFile(file, ImportProgress.NONE, () -> false);
        Path copy = Files.copy(file, dir.resolve("renamed.csv"));
        DuplicateImportException e = assertThrows(DuplicateImportException.class,
                () -> service.importFile(copy, ImportProgress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("renamed.csv was already imported on "), e.getMessage());
        assertTrue(e.getMessage().contains("as batch #1 (\"usage.csv\", 10 rows)"), e.getMessage());
        assertEquals(1, store.billing().batches().size());
        assertEquals(10, storedLines());
    }

    @Test
    void aFileOfASizeNoBatchHasIsHashedAsItIsReadAndItsBatchKeepsThatHash() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 25, LocalDate.of(2026, 11, 2));
        assertFalse(store.billing().mayHoldFileOfSize(Files.size(file)));
        ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
        assertEquals(app.envelope.billing.table.Sha256.of(file), r.batch().sha256());
        assertTrue(store.billing().mayHoldFileOfSize(Files.size(file)));
        assertFalse(store.billing().mayHoldFileOfSize(Files.size(file) + 1));
    }

    @Test
    void aFileOfTheSameSizeAsAnEarlierOneButOtherBytesImports() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 25, LocalDate.of(2026, 11, 2));
        service.importFile(file, ImportProgress.NONE, () -> false);
        Path other = sameSizeOtherBytes(file, dir.resolve("other.csv"));
        ImportReport r = service.importFile(other, ImportProgress.NONE, () -> false);
        assertEquals(app.envelope.billing.table.Sha256.of(other), r.batch().sha256());
        assertEquals(2, store.billing().batches().size());
        assertEquals(50, storedLines());
    }

    @Test
    void aFileOfTheSameSizeAsAnEarlierOneThatChangesWhileItIsImportedIsRefused() throws Exception {
        // The earlier batch has this size, so the file is hashed before it is read: the path where the
        // change shows as a hash that differs at the end.
        Path first = GithubUsageFiles.write(dir.resolve("first.csv"), 40_000, LocalDate.of(2026, 11, 2));
        service.importFile(first, ImportProgress.NONE, () -> false);
        Path file = sameSizeOtherBytes(first, dir.resolve("growing.csv"));
        AtomicBoolean appended = new AtomicBoolean();
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, appendingOnce(file, "\n", appended), () -> false));
        assertTrue(appended.get());
        assertTrue(e.getMessage().contains("changed while it was being imported"), e.getMessage());
        assertEquals(1, store.billing().batches().size());
        assertEquals(40_000, storedLines());
    }

    @Test
    void aDuplicateOfABatchImportedBeforeSizesWereKeptIsStillRefused() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 10, LocalDate.of(2026, 11, 2));
        service.importFile(file, ImportProgress.NONE, () -> false);
        // As a batch imported by a version of Envelope that kept no sizes.
        store.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("demo"), "sa", "");
             java.sql.Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE import_batch SET file_bytes = NULL"));
        }
        store = TestStores.open(dir, "demo");
        service = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
        assertTrue(store.billing().mayHoldFileOfSize(1), "an unknown size may be any file's");
        DuplicateImportException e = assertThrows(DuplicateImportException.class,
                () -> service.importFile(Files.copy(file, dir.resolve("again.csv")), ImportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("as batch #1"), e.getMessage());
    }

    /** Progress that appends the text to the file at its first report, once the reading has begun (an export still being written). */
    private static ImportProgress appendingOnce(Path file, String text, AtomicBoolean appended) {
        return (rows, bytes, total) -> {
            if (appended.compareAndSet(false, true)) {
                try {
                    Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }
        };
    }

    /** A copy of the file with one digit of its last row changed: the same size, another SHA-256. */
    private static Path sameSizeOtherBytes(Path file, Path to) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = bytes.length - 1;
        while (!Character.isDigit(bytes[at])) {
            at--;
        }
        bytes[at] = (byte) (bytes[at] == '9' ? '8' : bytes[at] + 1);
        return Files.write(to, bytes);
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("big.csv"), 50_000, LocalDate.of(2026, 11, 2));
        AtomicLong seen = new AtomicLong();
        assertThrows(ImportCancelledException.class, () -> service.importFile(file,
                (rows, bytes, total) -> seen.set(rows), () -> seen.get() > 10_000));
        assertTrue(seen.get() > 10_000);
        assertEquals(0, store.billing().batches().size());
        assertEquals(0, storedLines());
    }

    @Test
    void aRefusedFileStoresNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.csv"), "name,colour\nalpha,red\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> service.importFile(file, ImportProgress.NONE, () -> false));
        assertTrue(e.getMessage().contains("notes.csv"), e.getMessage());
        assertEquals(0, store.billing().batches().size());
    }

    @Test
    void aBatchCanBeDeletedAgain() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 20, LocalDate.of(2026, 11, 2));
        ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
        assertTrue(store.billing().deleteBatch(r.batch().id()));
        assertEquals(0, storedLines());
        service.importFile(file, ImportProgress.NONE, () -> false);
        assertEquals(20, storedLines());
    }

    @Test
    void changingTheRulesReattributesStoredLinesWithoutImportingAgain() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("usage.csv"), 40, LocalDate.of(2026, 11, 2));
        service.importFile(file, ImportProgress.NONE, () -> false);
        long changed = new Attribution(store).change(List.of(
                new AttributionRule("repository", RuleOperator.GLOB, "growth-*", "GRO-214"),
                new AttributionRule("repository", RuleOperator.EQUALS, "platform-ci", "PLAT-301")), EpicKeyOption.AFTER_RULES);
        assertEquals(20, changed);
        List<SpendGroup> byEpic = store.billing().spend(null, SpendGroup.By.EPIC);
        assertEquals(10, byEpic.stream().filter(g -> g.key().equals("GRO-214")).findFirst().orElseThrow().lines());
        assertEquals(10, byEpic.stream().filter(g -> g.key().equals("PLAT-301")).findFirst().orElseThrow().lines());
        assertEquals(10, byEpic.stream().filter(g -> g.key().equals(SpendGroup.UNATTRIBUTED)).findFirst().orElseThrow().lines());
    }

    @Test
    void aProcessKilledPartWayLeavesNoPartialBatch() throws Exception {
        Path file = GithubUsageFiles.write(dir.resolve("huge.csv"), 1_500_000, LocalDate.of(2026, 11, 2));
        Path db = dir.resolve("killed");
        try (Store s = H2Store.open(db)) {
            assertTrue(s.isEmpty());
        }
        Path dbFile = dir.resolve("killed.mv.db");
        long sizeBefore = Files.size(dbFile);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.envelope.Launcher", "import", file.toString(),
                "--db", db.toString());
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && p.isAlive() && Files.size(dbFile) < sizeBefore + 4_000_000) {
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "the import finished before it could be killed; make the file bigger");
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        try (Store s = H2Store.open(db)) {
            assertEquals(0, s.billing().batches().size());
            AtomicLong n = new AtomicLong();
            s.billing().forEachLine(null, l -> n.incrementAndGet());
            assertEquals(0, n.get());
        }
    }
}
