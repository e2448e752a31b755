package app.envelope.cli;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ReadResult;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.bench.GenerateGithubUsage;
import app.envelope.billing.bench.GenerateXlsx;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.domain.Sprint;
import app.envelope.service.ActualsService;
import app.envelope.service.ImportReport;
import app.envelope.service.ImportService;
import app.envelope.service.ImportTimings;
import app.envelope.service.RulesState;
import app.envelope.store.Store;
import app.envelope.store.demo.DemoPortfolio;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * {@code bench import}: generates a GitHub usage CSV and an XLSX, imports each into a new demo
 * database, and prints rows per second, wall time, where the time went and the heap; then times
 * pandas' read_csv and groupby on the same CSV, when Debian's python3-pandas is installed, and
 * prints the ratio. The generated files and databases are deleted at the end.
 */
final class ImportBench {
    private static final double MB = 1024.0 * 1024.0;
    private final CliContext ctx;

    /**
     * One measured import's wall time, and the reading of the same file alone afterwards (parse,
     * validate, map, attribute, total; nothing stored), in seconds.
     */
    private record Measured(double importSeconds, double readAloneSeconds) {
    }

    ImportBench(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(long csvRows, long xlsxRows) throws IOException, UnreadableFileException, InterruptedException {
        Path dir = Files.createTempDirectory("envelope-bench");
        try {
            ctx.out().printf("JVM heap cap %d MB (-Xmx), %d cores, Java %s, garbage collector %s%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), collectors());
            Path csv = dir.resolve("github-usage-" + csvRows + ".csv");
            GenerateGithubUsage.write(csv, csvRows, 42);
            Measured cold = measure("CSV", csv, dir.resolve("csv"), true);
            // The desktop app keeps running between imports: the same file again, into another new
            // database, once the JIT has compiled the import's code.
            Measured second = measure("CSV again in the same JVM (JIT warm, as the app's second import)", csv,
                    dir.resolve("csv-warm"), false);
            // The JIT keeps compiling through the second import; by the third the app runs at its steady speed.
            Measured third = measure("CSV a third time in the same JVM (the app's steady speed)", csv,
                    dir.resolve("csv-steady"), false);
            if (xlsxRows > 0) {
                Path small = dir.resolve("github-usage-" + xlsxRows + ".csv");
                GenerateGithubUsage.write(small, xlsxRows, 7);
                Path xlsx = dir.resolve("github-usage-" + xlsxRows + ".xlsx");
                GenerateXlsx.fromCsv(small, xlsx, xlsxRows);
                measure("XLSX", xlsx, dir.resolve("xlsx"), false);
            }
            pandas(csv, cold, second, third);
            return Cli.OK;
        } finally {
            deleteTree(dir);
        }
    }

    private Measured measure(String label, Path file, Path db, boolean queries) throws UnreadableFileException {
        ImportReport r;
        try (Store store = ctx.stores().open(db)) {
            DemoPortfolio.fromClasspath().loadInto(store);
            ImportService service = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
            System.gc();
            try (HeapWatch heap = new HeapWatch()) {
                Map<String, Long> threads0 = ThreadCpu.byName();
                long cpu0 = processCpuNanos();
                long writerCpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                r = service.importFile(file, (rows, bytes, total) -> { }, () -> false);
                long writerCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - writerCpu0;
                long cpu = processCpuNanos() - cpu0;
                Map<String, Long> threads = ThreadCpu.since(threads0);
                heap.stop();
                ImportTimings t = r.timings();
                double s = seconds(t.total());
                ctx.out().printf("%s import: %,d rows (%s, %.1f MB) in %.2f s wall = %,.0f rows/s; stored %,d lines%n",
                        label, r.read().rowsImported(), r.read().formatName(), sizeMb(file), s,
                        r.read().rowsImported() / s, r.batch().rowsImported());
                ctx.out().printf("  phases: duplicate check (and hash first, when a batch has the file's size) %.2f s | read+map+attribute (reader thread) %.2f s"
                                + " | store (inserts, writer thread) %.2f s, of which waiting for the reader %.2f s"
                                + " | commit %.2f s | report totals %.3f s%n",
                        seconds(t.hashing()), seconds(t.reading()), seconds(t.storing()) + seconds(t.waiting()),
                        seconds(t.waiting()), seconds(t.committing()), seconds(t.reporting()));
                ctx.out().printf("  heap: peak in use %d MB (just before a collection: garbage not yet reclaimed included);"
                                + " peak just after a collection %d MB; %d collections, %.2f s of pauses%n",
                        heap.peakUsed() / (1024 * 1024), heap.peakAfterGc() / (1024 * 1024), heap.collections(),
                        heap.gcMillis() / 1000.0);
                int cores = Runtime.getRuntime().availableProcessors();
                ctx.out().printf("  CPU: %.2f s used by the process (%d cores could give %.2f s in that wall time);"
                        + " the storing thread %.2f s, the reading thread %.2f s%n", cpu / 1e9, cores, cores * s,
                        writerCpu / 1e9, seconds(t.readingCpu()));
                if (!threads.isEmpty()) {
                    ctx.out().println("  CPU by thread: " + ThreadCpu.describe(threads));
                }
            }
            if (queries) {
                queries(store, r);
            }
        }
        ctx.out().printf("  database file: %.1f MB%n", sizeMb(app.envelope.store.DbLocation.file(db)));
        // After the timed import (so that it ran cold): the reading alone, for the phase breakdown.
        long t0 = System.nanoTime();
        ReadResult read = new BillingFileReader().read(file, new InMemoryMappingStore(), line -> { },
                (rows, bytes, total) -> { }, () -> false);
        double readAlone = (System.nanoTime() - t0) / 1e9;
        ctx.out().printf("  read+map alone (no store, JIT already warm): %,d rows in %.2f s%n", read.rowsRead(),
                readAlone);
        return new Measured(seconds(r.timings().total()), readAlone);
    }

    /** What the screens ask of the million stored lines, each timed once, right after the import. */
    private void queries(Store store, ImportReport r) {
        ActualsService actuals = new ActualsService(store, new BillingFileReader(), new InMemoryMappingStore());
        List<String> times = new ArrayList<>();
        times.add(timed("Actuals summary of the batch", () -> actuals.summary(r.batch())));
        Sprint sprint = actuals.defaultSprint().orElseThrow();
        times.add(timed("a sprint's actuals", () -> actuals.sprintActuals(sprint)));
        times.add(timed("Compare's spend cells", () -> store.actuals().spendCells()));
        times.add(timed("users by epic (Presenter)", () -> store.billing().usersByEpic()));
        long[] lines = {0};
        times.add(timed("every line decoded (workbook)", () -> store.billing().forEachLine(null, l -> lines[0]++)));
        RulesState rules = actuals.rules();
        times.add(timed("re-attribution of every line", () -> actuals.changeRules(rules.rules(), rules.option())));
        ctx.out().println("  queries after it: " + String.join("; ", times) + " (" + lines[0] + " lines)");
    }

    private static String timed(String what, Runnable query) {
        long t0 = System.nanoTime();
        query.run();
        return String.format("%s %.2f s", what, (System.nanoTime() - t0) / 1e9);
    }

    /** The collectors in use, e.g. "G1 Young Generation + G1 Old Generation" (G1 is the JVM's and the app's default). */
    private static String collectors() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .toList());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    /**
     * Times pandas on the same file and prints the ratios to Envelope's imports of it (new JVM, second
     * and third import) and to its reading alone after the third, JIT warm.
     */
    private void pandas(Path csv, Measured cold, Measured second, Measured third) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        String script = "import time, pandas as pd\nt=time.time()\ndf=pd.read_csv(r'" + csv + "')\n"
                + "g=df.groupby('repository')['net_amount'].sum()\nprint(time.time()-t)\n";
        if (!Files.isExecutable(python)) {
            ctx.out().println("pandas: /usr/bin/python3 not found (apt-get install python3-pandas); no ratio");
            return;
        }
        Process p = new ProcessBuilder(python.toString(), "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            ctx.out().println("pandas: not available (" + out.lines().reduce((a, b) -> b).orElse("") + "); no ratio");
            return;
        }
        double pandasSeconds = Double.parseDouble(out.lines().reduce((a, b) -> b).orElseThrow());
        ctx.out().printf("pandas read_csv + groupby on the same file: %.2f s (float64, no validation, nothing stored)%n",
                pandasSeconds);
        ctx.out().printf("  Envelope's full import (parse, validate, attribute, store all or nothing) is %.2fx the speed"
                        + " of pandas in a new JVM, %.2fx as the app's second import, %.2fx as its third%n",
                pandasSeconds / cold.importSeconds(), pandasSeconds / second.importSeconds(),
                pandasSeconds / third.importSeconds());
        ctx.out().printf("  Envelope's reading alone (parse, validate, map, attribute, total; not stored), JIT warm:"
                + " %.2f s, %.2fx the speed of pandas%n", third.readAloneSeconds(), pandasSeconds / third.readAloneSeconds());
    }

    private static double sizeMb(Path f) {
        try {
            return Files.size(f) / MB;
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Watches the heap during a measurement through the collector's notifications: the heap in use
     * just before each collection (the highest it got, garbage not yet reclaimed included) and just
     * after it (what was still referenced, plus old-generation garbage G1 had not marked yet).
     */
    private static final class HeapWatch implements AutoCloseable, NotificationListener {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakAfterGc = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final AtomicLong gcMillis = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final java.util.Set<String> heapPools = new java.util.HashSet<>();

        HeapWatch() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) heapPools.add(pool.getName());
            }
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(this, null, null);
                    emitters.add(e);
                }
            }
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long after = heapOnly(info.getGcInfo().getMemoryUsageAfterGc());
            long before = heapOnly(info.getGcInfo().getMemoryUsageBeforeGc());
            peakAfterGc.accumulateAndGet(after, Math::max);
            peakUsed.accumulateAndGet(before, Math::max);
            collections.incrementAndGet();
            gcMillis.addAndGet(info.getGcInfo().getDuration());
        }

        /** The collector reports every memory pool; metaspace and the code cache are not heap. */
        private long heapOnly(Map<String, MemoryUsage> pools) {
            long sum = 0;
            for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
                if (heapPools.contains(e.getKey())) sum += e.getValue().getUsed();
            }
            return sum;
        }

        void stop() {
            peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already removed
                }
            }
            emitters.clear();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakAfterGc() {
            return peakAfterGc.get();
        }

        long collections() {
            return collections.get();
        }

        long gcMillis() {
            return gcMillis.get();
        }

        @Override
        public void close() {
            stop();
        }
    }
}
