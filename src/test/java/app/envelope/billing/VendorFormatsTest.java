package app.envelope.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vendor format and header generation, as CSV and as an XLSX re-save: format id, row counts, exact totals. */
class VendorFormatsTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> fixtures() {
        Object[][] rows = {
            // file, format id, rows read, imported, skipped, list, effective, billed, currency
            {"github-usage-detailed.csv", "github-usage-detailed", 4, 4, 0, "2.261000000000000004", "2.261000000000000004", "1.541000000000000004", "USD"},
            {"github-usage-summarized.csv", "github-usage-summarized", 3, 3, 0, "7.171180315", "7.171180315", "4.0028", "USD"},
            {"github-premium-requests.csv", "github-premium-requests", 3, 3, 0, "0.715999999999999997", "0.715999999999999997", "0.235999999999999997", "USD"},
            {"github-premium-requests-preview.csv", "github-premium-requests", 2, 2, 0, "0.48", "0.48", "0.08", "USD"},
            {"github-ai-usage.csv", "github-ai-usage", 3, 3, 0, "1.9347675000000003", "1.9347675000000003", "0.4530263", "USD"},
            {"github-ai-usage-tokens.csv", "github-ai-usage-tokens", 2, 2, 0, "1.8647675000000003", "1.8647675000000003", "0.4530263", "USD"},
            {"github-legacy-premium.csv", "github-legacy-premium-requests", 3, 3, 0, null, "0.1532", null, "USD"},
            {"anthropic-cost-2024.csv", "anthropic-cost-2024", 3, 3, 0, null, "0.57", "0.57", "USD"},
            {"anthropic-cost-2025.csv", "anthropic-cost-2025", 4, 4, 0, null, "5.15", "5.15", "USD"},
            {"anthropic-cost-2026h1.csv", "anthropic-cost-2026h1", 3, 3, 0, "11.55", "9.24", "9.24", "USD"},
            {"anthropic-cost-2026h2.csv", "anthropic-cost-2026h2", 3, 3, 0, "1.23", "1.23", "1.23", "USD"},
            {"openai-cost.csv", "openai-cost", 5, 4, 1, null, "4.223835980000000000000000000001", "4.223835980000000000000000000001", "USD"},
            {"cursor-usage-v1.csv", "cursor-usage-v1", 3, 3, 0, null, "0.12", "0.12", "USD"},
            {"cursor-usage-requests.csv", "cursor-usage-requests", 2, 2, 0, null, "0", null, "USD"},
            {"cursor-usage-v3.csv", "cursor-usage-v3", 2, 2, 0, null, "0.27", "0.27", "USD"},
            {"cursor-usage-team.csv", "cursor-usage-team", 3, 3, 0, null, "1.32", "1.32", "USD"},
            {"focus-1.1-ai.csv", "focus-1.1", 3, 3, 0, "5.25", "2.95", "2.95", "USD"},
            {"focus-1.2-ai.csv", "focus-1.2", 2, 2, 0, "3.95", "3.93", "3.93", "mixed"},
        };
        return Stream.of(rows).flatMap(r -> Stream.of(Arguments.of(concat(r, false)), Arguments.of(concat(r, true))));
    }

    private static Object[] concat(Object[] row, boolean xlsx) {
        Object[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = xlsx;
        return out;
    }

    @ParameterizedTest(name = "{0} (xlsx={9})")
    @MethodSource("fixtures")
    void readsFormatWithExactTotals(String file, String id, int rows, int imported, int skipped, String list,
                                    String effective, String billed, String currency, boolean xlsx) throws Exception {
        Path csv = Fixtures.resource("formats/" + file);
        Path input = xlsx ? Fixtures.toXlsx(csv, tmp) : csv;
        Fixtures.Read read = Fixtures.read(input);
        ReadResult r = read.result();
        assertEquals(id, r.formatId());
        assertEquals(rows, r.rowsRead());
        assertEquals(imported, r.rowsImported());
        assertEquals(skipped, r.rowsSkipped());
        assertEquals(0, r.rejectedCount(), () -> r.rejected().toString());
        assertAmount(list, r.listTotal());
        assertAmount(effective, r.effectiveTotal());
        assertAmount(billed, r.billedTotal());
        assertEquals(currency, r.currency());
        assertEquals(64, r.sha256().length());
        assertEquals(imported, read.lines().size());
    }

    static void assertAmount(String expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                    () -> "expected " + expected + " but was " + actual);
        }
    }
}
