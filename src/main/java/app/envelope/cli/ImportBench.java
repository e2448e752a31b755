package app.envelope.cli;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.bench.GenerateGithubUsage;
import app.envelope.billing.bench.GenerateXlsx;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.service.ImportReport;
import app.envelope.service.ImportService;
import app.envelope.store.Store;
import app.envelope.store.demo.DemoPortfolio;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench import}: generates a GitHub usage CSV and an XLSX, imports each into a new demo
 * database, and prints rows per second, wall time and peak heap; then times pandas' read_csv and
 * groupby on the same CSV, when Debian's python3-pandas is installed, and prints the ratio.
 */
final class ImportBench {
    private final CliContext ctx;

    ImportBench(CliContext ctx) {
        this.ctx = ctx;
    }

    int run(long csvRows, long xlsxRows) throws IOException, UnreadableFileException, InterruptedException {
        Path dir = Files.createTempDirectory("envelope-bench");
        ctx.out().printf("max heap %d MB (run with java -Xmx512m to check the bounded-heap goal)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path csv = dir.resolve("github-usage-" + csvRows + ".csv");
        GenerateGithubUsage.write(csv, csvRows, 42);
        double envelopeSeconds = measure("CSV", csv, dir.resolve("csv"));
        if (xlsxRows > 0) {
            Path small = dir.resolve("github-usage-" + xlsxRows + ".csv");
            GenerateGithubUsage.write(small, xlsxRows, 7);
            Path xlsx = dir.resolve("github-usage-" + xlsxRows + ".xlsx");
            GenerateXlsx.fromCsv(small, xlsx, xlsxRows);
            measure("XLSX", xlsx, dir.resolve("xlsx"));
        }
        pandas(csv, envelopeSeconds);
        return Cli.OK;
    }

    private double measure(String label, Path file, Path db) throws UnreadableFileException {
        try (Store store = ctx.stores().open(db)) {
            DemoPortfolio.fromClasspath().loadInto(store);
            ImportService service = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            ImportReport r = service.importFile(file, (rows, bytes, total) -> { }, () -> false);
            double s = (System.nanoTime() - t0) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            ctx.out().printf("%s import: %,d rows (%s, %.1f MB) in %.2f s = %,.0f rows/s; peak heap %d MB; stored %,d lines%n",
                    label, r.read().rowsImported(), r.read().formatName(), sizeMb(file), s, r.read().rowsImported() / s,
                    peak / (1024 * 1024), r.batch().rowsImported());
            return s;
        }
    }

    private void pandas(Path csv, double envelopeSeconds) throws IOException, InterruptedException {
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
        ctx.out().printf("pandas read_csv + groupby on the same file: %.2f s; Envelope's full import (parse, validate,"
                + " attribute, store) is %.2fx the speed of pandas%n", pandasSeconds, pandasSeconds / envelopeSeconds);
    }

    private static double sizeMb(Path f) {
        try {
            return Files.size(f) / (1024.0 * 1024.0);
        } catch (IOException e) {
            return -1;
        }
    }
}
