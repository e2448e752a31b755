package app.envelope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.jooq.H2Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --json} on the demo, created by the {@code demo} command (billing files imported). */
class CompareCommandTest {
    @TempDir
    static Path dir;
    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
    private static Cli cli;

    @BeforeAll
    static void demo() {
        cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(OUT, true, StandardCharsets.UTF_8),
                new PrintStream(ERR, true, StandardCharsets.UTF_8)));
        assertEquals(0, run("demo", "--db", db()));
        assertTrue(out().contains("12 billing files imported"), out());
    }

    private static String db() {
        return dir.resolve("demo").toString();
    }

    private static int run(String... args) {
        OUT.reset();
        ERR.reset();
        return cli.run(List.of(args));
    }

    private static String out() {
        return OUT.toString(StandardCharsets.UTF_8);
    }

    private static BigDecimal dec(JsonNode n, String field) {
        assertTrue(n.path(field).isTextual(), field + " must be a decimal string, was " + n.path(field));
        return new BigDecimal(n.path(field).asText());
    }

    private static JsonNode epic(JsonNode root, String key) {
        for (JsonNode e : root.path("epics")) {
            if (e.path("epic").asText().equals(key)) {
                return e;
            }
        }
        throw new AssertionError("no epic " + key);
    }

    @Test
    void compareJsonDefaultsToTheLastClosedSprint() throws Exception {
        assertEquals(0, run("compare", "--db", db(), "--json"), ERR.toString(StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(out());
        assertEquals("Sprint 46", root.path("sprint").path("name").asText());
        assertEquals(12, root.path("epics").size());
        for (JsonNode e : root.path("epics")) {
            for (String cat : List.of("labour", "tokens", "tooling", "total")) {
                dec(e.path("plan"), cat);
                dec(e.path("actual"), cat);
                dec(e.path("variance"), cat);
            }
            dec(e.path("plan"), "risk");
            dec(e.path("actual"), "riskUsed");
            assertTrue(e.path("overPlan").isBoolean() && e.path("overZ").isBoolean());
            if (e.path("volume").isNull()) {
                assertTrue(e.path("mix").isNull() && e.path("price").isNull());
                assertTrue(e.path("splitNotAvailable").asText().startsWith("no token counts"));
            } else {
                BigDecimal sum = dec(e, "volume").add(dec(e, "mix")).add(dec(e, "price"));
                assertEquals(0, sum.compareTo(dec(e.path("variance"), "tokens")), e.path("epic").asText());
            }
            assertTrue(e.has("alert") && e.has("costPerOutcome") && e.path("costPerOutcomeTrend").isArray());
        }
        assertTrue(epic(root, "PAY-151").path("volume").isNull());
        assertTrue(epic(root, "PAY-142").path("overZ").asBoolean());
        assertEquals("100%", epic(root, "PAY-142").path("alert").asText());
        assertEquals("PRs merged", epic(root, "PLAT-301").path("outcome").path("unit").asText());
        assertEquals(3, epic(root, "PLAT-301").path("costPerOutcomeTrend").size());

        JsonNode t = root.path("totals");
        BigDecimal rows = BigDecimal.ZERO;
        for (JsonNode e : root.path("epics")) {
            rows = rows.add(dec(e.path("actual"), "tokens")).add(dec(e.path("actual"), "tooling"));
        }
        for (JsonNode r : root.path("unplannedEpics")) {
            rows = rows.add(dec(r, "total"));
        }
        rows = rows.add(dec(root.path("unattributed"), "total")).add(dec(root.path("outsideSprint"), "total"));
        assertEquals(0, rows.compareTo(dec(t, "importedTotal")), "the rows add up to the imported total");
        assertTrue(t.path("reconciles").asBoolean());
        assertTrue(dec(root.path("unattributed"), "total").signum() > 0);
        assertTrue(dec(root.path("outsideSprint"), "total").signum() > 0);
        JsonNode sub = root.path("subsidyExposure");
        assertTrue(sub.path("linesAffected").asInt() >= 1);
        dec(sub, "subsidy");
        assertEquals("sprint", root.path("alerts").get(0).path("scope").asText());
    }

    @Test
    void timesheetImportsHoursOrRefusesTheWholeFile() throws Exception {
        Path ok = java.nio.file.Files.writeString(dir.resolve("t.csv"), "epic,hours\nPAY-170,12\nPAY-170,3.5\n");
        assertEquals(0, run("timesheet", ok.toString(), "--db", db(), "--sprint", "Sprint 47"),
                ERR.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("Imported 2 rows into Sprint 47: 15.5 h for 1 line"), out());
        Path bad = java.nio.file.Files.writeString(dir.resolve("b.csv"), "epic,hours\nPAY-170,x\n");
        assertEquals(1, run("timesheet", bad.toString(), "--db", db(), "--sprint", "Sprint 47"));
        assertTrue(ERR.toString(StandardCharsets.UTF_8).contains("row 2: hours \"x\" is not a number"));
    }

    @Test
    void compareByNameAndAsATable() throws Exception {
        assertEquals(0, run("compare", "--db", db(), "--sprint", "Sprint 45", "--json"));
        assertEquals("Sprint 45", new ObjectMapper().readTree(out()).path("sprint").path("name").asText());
        assertEquals(0, run("compare", "--db", db()));
        assertTrue(out().startsWith("Sprint 46  2026-11-02 to 2026-11-13  (closed, USD): planned against actual"), out());
        assertTrue(out().contains("split n/a: no token counts"), out());
        assertEquals(2, run("compare", "--db", db(), "--sprint", "Nope"));
        assertTrue(ERR.toString(StandardCharsets.UTF_8).startsWith("error: no sprint named \"Nope\""));
    }
}
