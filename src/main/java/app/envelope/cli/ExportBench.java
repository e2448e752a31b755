package app.envelope.cli;

import app.envelope.domain.Sprint;
import app.envelope.report.ExportProgress;
import app.envelope.service.FinanceExport;
import app.envelope.store.Store;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code bench export}: a synthetic portfolio (the demo rate card, N plan lines over S sprints and
 * a batch of billing lines) in a temporary database, exported to XLSX several times through the
 * same assembler and writer as the app; prints each run's wall time and peak heap, and the median.
 */
final class ExportBench {
    private final CliContext ctx;

    ExportBench(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(int lines, int sprints, int billing, int runs) throws IOException {
        if (lines < 1 || sprints < 1 || runs < 1 || billing < 0) {
            throw new UsageException("bench export needs --lines, --sprints and --runs of at least 1");
        }
        Path dir = Files.createTempDirectory("envelope-bench-export");
        try {
            return measure(dir, lines, sprints, billing, runs);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int measure(Path dir, int lines, int sprints, int billing, int runs) throws IOException {
        ctx.out().printf(Locale.ROOT, "max heap %d MB (run with java -Xmx256m to check the bounded-heap goal)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        try (Store store = ctx.stores().open(dir.resolve("bench"))) {
            List<Sprint> made = SyntheticPortfolio.generate(store, lines, sprints, billing, new Random(42));
            FinanceExport export = new FinanceExport(store);
            Path out = dir.resolve("finance.xlsx");
            double[] seconds = new double[runs];
            double[] cpu = new double[runs];
            double[] thread = new double[runs];
            var threads = ManagementFactory.getThreadMXBean();
            long[] peaks = new long[runs];
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < runs; i++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long c0 = os.getProcessCpuTime();
                long th0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                FinanceExport.Result r = export.export(out, made, ExportProgress.NONE, () -> false);
                seconds[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e9;
                thread[i] = (threads.getCurrentThreadCpuTime() - th0) / 1e9;
                peaks[i] = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
                ctx.out().printf(Locale.ROOT, "run %d: %d plan lines, %d sprints, %,d billing lines -> %,d KB in %.2f s"
                        + " (CPU: exporting thread %.2f s, whole process %.2f s); peak heap %d MB%n", i + 1, r.lines(), r.sprints(),
                        billing, r.bytes() / 1024, seconds[i], thread[i], cpu[i], peaks[i]);
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            double[] sortedCpu = cpu.clone();
            Arrays.sort(sortedCpu);
            double[] sortedThread = thread.clone();
            Arrays.sort(sortedThread);
            long maxPeak = Arrays.stream(peaks).max().orElse(0);
            ctx.out().printf(Locale.ROOT, "export of %d lines over %d sprints: median %.2f s wall (CPU: exporting thread %.2f s,"
                    + " process %.2f s) over %d runs (the first includes class loading); peak heap at most %d MB (goal < 3 s; load average %.1f"
                    + " on %d cores)%n", lines, sprints, sorted[sorted.length / 2], sortedThread[sortedThread.length / 2],
                    sortedCpu[sortedCpu.length / 2], runs,
                    maxPeak, os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
        return Cli.OK;
    }
}
