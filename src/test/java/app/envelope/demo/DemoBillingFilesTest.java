package app.envelope.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.ReadResult;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.domain.BillingLine;
import app.envelope.store.demo.DemoPortfolio;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo's vendor billing files: real headers, recognised, every row good, dated in the demo's sprints. */
class DemoBillingFilesTest {
    private static final Path SAMPLES = Path.of("sample-data");
    private static final Map<String, String> FORMATS = Map.of(
            "focus-1.2-aws-bedrock-2026-11.csv", "focus-1.2",
            "github-usage-detailed-acme-2026-11.csv", "github-usage-detailed",
            "github-ai-usage-acme-2026-11.csv", "github-ai-usage-tokens",
            "anthropic-console-cost-2026-11.csv", "anthropic-cost-2026h2",
            "openai-cost-2026-11.csv", "openai-cost",
            "cursor-team-usage-2026-11.csv", "cursor-usage-team");

    private static List<Path> files(String dir) throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private static ReadResult read(Path file, List<BillingLine> lines) throws Exception {
        return new BillingFileReader().read(file, new InMemoryMappingStore(), lines::add, ImportProgress.NONE, () -> false);
    }

    @Test
    void everyFileInSampleDataBillingImportsWithNoRejectedRowAsItsVendorsFormat() throws Exception {
        List<Path> files = files("billing");
        assertEquals(FORMATS.keySet(), new java.util.HashSet<>(files.stream().map(p -> p.getFileName().toString()).toList()),
                "one file per supported vendor format");
        for (Path f : files) {
            List<BillingLine> lines = new ArrayList<>();
            ReadResult r = read(f, lines);
            assertEquals(FORMATS.get(f.getFileName().toString()), r.formatId(), f.toString());
            assertEquals(0, r.rejectedCount(), f + " " + r.rejected());
            assertEquals(r.rowsRead(), r.rowsImported(), f.toString());
            assertTrue(r.rowsImported() > 40, f + " is a realistic size");
            for (BillingLine l : lines) {
                LocalDate d = l.chargeDate();
                assertTrue(!d.isBefore(LocalDate.of(2026, 11, 1)) && !d.isAfter(LocalDate.of(2026, 11, 14)),
                        f + ": Sprint 46 (2026-11-02..13) or the weekend days around it, got " + d);
            }
        }
    }

    @Test
    void tokenBearingFilesCarryTokenCountsByModel() throws Exception {
        for (String name : List.of("focus-1.2-aws-bedrock-2026-11.csv", "openai-cost-2026-11.csv",
                "github-ai-usage-acme-2026-11.csv", "cursor-team-usage-2026-11.csv")) {
            List<BillingLine> lines = new ArrayList<>();
            read(SAMPLES.resolve("billing").resolve(name), lines);
            for (BillingLine l : lines) {
                assertTrue(l.tokens() != null && l.tokens().signum() > 0, name + " row " + l.rowNumber() + " has tokens");
                assertTrue(l.model() != null || l.sku() != null, name + " row " + l.rowNumber() + " names its model");
            }
        }
    }

    @Test
    void theEarlierSprintsFilesImportToo() throws Exception {
        for (Path f : files("demo/history")) {
            ReadResult r = read(f, new ArrayList<>());
            assertEquals(0, r.rejectedCount(), f + " " + r.rejected());
        }
    }

    @Test
    void theDemoImportsEveryCommittedFile() throws Exception {
        List<String> listed = DemoPortfolio.fromClasspath().billingFiles();
        List<String> committed = new ArrayList<>();
        for (String dir : List.of("billing", "demo/history")) {
            files(dir).forEach(p -> committed.add("/sample-data/" + SAMPLES.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(committed.stream().sorted().toList(), listed.stream().sorted().toList());
    }

    @Test
    void theCommittedFilesAreExactlyWhatTheGeneratorWrites() throws Exception {
        Map<String, String> generated = new DemoBillingGenerator(DemoPortfolio.fromClasspath().rateCard()).files();
        if (Boolean.getBoolean("envelope.regenerate")) {
            DemoBillingGenerator.main(new String[] {SAMPLES.toString()});
        }
        for (Map.Entry<String, String> f : generated.entrySet()) {
            String committed = Files.readString(SAMPLES.resolve(f.getKey()), StandardCharsets.UTF_8);
            assertEquals(f.getValue(), committed, f.getKey() + " differs from DemoBillingGenerator's output;"
                    + " run this test with -Denvelope.regenerate=true after changing the generator");
        }
    }
}
