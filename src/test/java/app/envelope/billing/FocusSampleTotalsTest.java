package app.envelope.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.BillingLine;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real FOCUS files: list, effective and billed totals equal an independent sum of the named
 * columns, computed here by another route (FastCSV named records, plain {@code new BigDecimal}).
 */
class FocusSampleTotalsTest {

    static Stream<Path> focusFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("focus"))) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("focusFiles")
    void totalsEqualIndependentColumnSums(Path file) throws Exception {
        Fixtures.Read read = Fixtures.read(file);
        ReadResult r = read.result();
        Sums expected = independentSums(file);
        assertEquals(expected.rows, r.rowsRead());
        assertEquals(expected.rows, r.rowsImported());
        assertEquals(0, r.rejectedCount(), () -> r.rejected().toString());
        assertEquals(0, expected.list.compareTo(r.listTotal()), () -> expected.list + " vs " + r.listTotal());
        assertEquals(0, expected.effective.compareTo(r.effectiveTotal()), () -> expected.effective + " vs " + r.effectiveTotal());
        assertEquals(0, expected.billed.compareTo(r.billedTotal()), () -> expected.billed + " vs " + r.billedTotal());
        assertEquals("USD", r.currency());
        assertTrue(r.formatId().startsWith("focus-1."));
    }

    @Test
    void officialSampleIsFocus10WithThousandRowsAndTags() throws Exception {
        Fixtures.Read read = Fixtures.read(Fixtures.resource("focus/focus-1.0_focus_sample.csv"));
        assertEquals("focus-1.0", read.result().formatId());
        assertEquals(1000, read.result().rowsRead());
        BillingLine first = read.line(1);
        assertEquals(LocalDate.of(2024, 9, 18), first.chargeDate());
        assertEquals("AWS", first.vendor());
        assertEquals("Amazon Simple Queue Service", first.product());
        assertEquals("Atlas Nimbus", first.tags().project());
        assertEquals(0, new BigDecimal("0.00000080000").compareTo(first.billedCost()));
        assertEquals("11472", first.tags().extra().get("Id"));
        assertEquals(List.of(), first.tags().raw().keySet().stream().toList());
        BillingLine tagged = read.lines().stream().filter(l -> !l.tags().raw().isEmpty()).findFirst().orElseThrow();
        assertTrue(tagged.tags().raw().containsKey("application"), () -> tagged.tags().raw().toString());
        boolean trimmedKey = read.lines().stream().anyMatch(l -> l.tags().raw().containsKey("org"));
        assertTrue(trimmedKey, "the Microsoft row's \" org\" tag key is trimmed");
        assertTrue(read.lines().stream().noneMatch(l -> l.tags().raw().keySet().stream().anyMatch(k -> !k.equals(k.strip()))));
    }

    @Test
    void specExampleIsFocus12WithUsShortDates() throws Exception {
        Fixtures.Read read = Fixtures.read(
                Fixtures.resource("focus/focus-1.2-spec-example_virtual_currency_pricing_model_a2.csv"));
        assertEquals("focus-1.2", read.result().formatId());
        BillingLine line = read.line(1);
        assertEquals(LocalDate.of(2025, 4, 1), line.chargeDate());
        assertEquals(0, BigDecimal.ZERO.compareTo(line.billedCost()));
        assertEquals(0, new BigDecimal("490").compareTo(line.effectiveCost()));
        assertEquals("ACMECORP", line.vendor());
        assertEquals("Token", line.tags().extra().get("PricingCurrency"));
    }

    private record Sums(long rows, BigDecimal list, BigDecimal effective, BigDecimal billed) {
    }

    private static Sums independentSums(Path file) throws IOException {
        long rows = 0;
        BigDecimal list = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        BigDecimal billed = BigDecimal.ZERO;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : csv) {
                rows++;
                list = list.add(value(rec.getField("ListCost")));
                effective = effective.add(value(rec.getField("EffectiveCost")));
                billed = billed.add(value(rec.getField("BilledCost")));
            }
        }
        return new Sums(rows, list, effective, billed);
    }

    private static BigDecimal value(String cell) {
        String s = cell.trim();
        return s.isEmpty() || s.equals("NULL") ? BigDecimal.ZERO : new BigDecimal(s);
    }
}
