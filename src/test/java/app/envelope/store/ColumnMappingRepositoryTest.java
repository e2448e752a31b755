package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.Preview;
import app.envelope.billing.mapping.CanonicalField;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.billing.parse.DecimalStyle;
import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.service.StoredMappings;
import app.envelope.store.ColumnMappingRepository.StoredMapping;
import app.envelope.store.jooq.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved column mappings on a real H2 file: stored, closed, reopened and recognised by the file's header. */
class ColumnMappingRepositoryTest {
    static final List<String> GATEWAY_HEADER = List.of("Booked", "Provider", "Service", "Model", "Repo", "Key name",
            "Net amount", "Ccy");

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ColumnMappingRepositoryTest.class.getResource("/billing/actuals/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mapping a user makes for the gateway export: day-first dates, decimal commas, EUR in a column. */
    static ColumnMapping gatewayMapping(String name) {
        Map<CanonicalField, String> cols = new EnumMap<>(CanonicalField.class);
        cols.put(CanonicalField.DATE, "Booked");
        cols.put(CanonicalField.VENDOR, "Provider");
        cols.put(CanonicalField.PRODUCT, "Service");
        cols.put(CanonicalField.MODEL, "Model");
        cols.put(CanonicalField.REPOSITORY, "Repo");
        cols.put(CanonicalField.API_KEY_NAME, "Key name");
        cols.put(CanonicalField.EFFECTIVE_COST, "Net amount");
        cols.put(CanonicalField.CURRENCY, "Ccy");
        return ColumnMapping.forHeader(name, GATEWAY_HEADER, cols, "dd.MM.yyyy", DecimalStyle.COMMA, null, null);
    }

    @Test
    void aStoredMappingSurvivesCloseAndReopenUnchanged() {
        StoredMapping m = new StoredMapping("Ledger", List.of("day", "amount", "who"),
                Map.of("DATE", "Day", "EFFECTIVE_COST", "Amount"), "d/M/yyyy", "COMMA", "Internal", "eur");
        try (Store s = TestStores.open(dir, "mappings")) {
            assertTrue(s.columnMappings().all().isEmpty());
            s.columnMappings().save(m);
            s.columnMappings().save(new StoredMapping("Other", List.of("x"), Map.of(), null, null, null, null));
        }
        try (Store s = TestStores.open(dir, "mappings")) {
            assertEquals(m, s.columnMappings().byName("Ledger").orElseThrow());
            assertEquals(List.of("Ledger", "Other"), s.columnMappings().all().stream().map(StoredMapping::name).toList());
            StoredMapping renamed = new StoredMapping("Ledger", List.of("day", "amount"), Map.of("DATE", "Day"), null,
                    null, "Internal", "USD");
            s.columnMappings().save(renamed);
            assertEquals(renamed, s.columnMappings().byName("Ledger").orElseThrow(), "saving by the same name replaces");
            assertTrue(s.columnMappings().delete("Other"));
            assertFalse(s.columnMappings().delete("Other"));
        }
        try (Store s = TestStores.open(dir, "mappings")) {
            assertEquals(1, s.columnMappings().all().size());
        }
    }

    @Test
    void theSameHeaderIsRecognisedAfterAReopenAndTheFileReadsThroughIt() throws Exception {
        try (Store s = TestStores.open(dir, "recognise")) {
            new StoredMappings(s.columnMappings()).save(gatewayMapping("Gateway spend (EUR)"));
        }
        try (Store s = TestStores.open(dir, "recognise")) {
            StoredMappings mappings = new StoredMappings(s.columnMappings());
            // Case, spaces and column order do not matter; the set of names does.
            List<String> reordered = List.of("ccy", " NET AMOUNT ", "key name", "repo", "model", "service", "provider",
                    "booked");
            ColumnMapping found = mappings.findByHeader(reordered).orElseThrow();
            assertEquals("Gateway spend (EUR)", found.name());
            assertEquals("dd.MM.yyyy", found.datePattern());
            assertEquals(DecimalStyle.COMMA, found.decimalStyle());
            assertEquals("Net amount", found.columns().get(CanonicalField.EFFECTIVE_COST));
            assertTrue(mappings.findByHeader(List.of("Booked", "Provider")).isEmpty(), "another header is not recognised");

            Preview p = new BillingFileReader().preview(fixture("gateway-spend-eur.csv"), mappings, 20);
            assertEquals("custom:Gateway spend (EUR)", p.formatId());
            assertEquals(7, p.lines().size());
            assertEquals(0, new BigDecimal("1204.30").compareTo(p.lines().get(2).effectiveCost()));
            assertEquals("EUR", p.lines().get(2).currency());
            assertEquals(1, p.rejected().size());
            assertEquals(5, p.rejected().get(0).row());
        }
    }

    @Test
    void theImportCommandRecognisesAMappingSavedInTheDatabase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String db = dir.resolve("cli").toString();
        assertEquals(Cli.OK, cli.run(List.of("demo", "--db", db)));
        String file = fixture("gateway-spend-eur.csv").toString();
        assertEquals(Cli.FAILED, cli.run(List.of("import", file, "--db", db)), "unknown before the mapping is saved");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Map its columns"), err.toString(StandardCharsets.UTF_8));

        try (Store s = TestStores.open(dir, "cli")) {
            new StoredMappings(s.columnMappings()).save(gatewayMapping("Gateway spend (EUR)"));
        }
        out.reset();
        err.reset();
        assertEquals(Cli.OK, cli.run(List.of("import", file, "--db", db)), err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Gateway spend (EUR) (saved column mapping), 8 rows read, 7 imported, 1 rejected; "
                + "effective 1590.80 EUR"), text);
    }
}
