package app.envelope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.CostModel;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Sprint;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(List.of(args));
    }

    private String db() {
        return dir.resolve("demo").toString();
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("demo --db PATH"), text);
        assertTrue(text.contains("plan --db PATH [--sprint NAME] [--json]"), text);
    }

    @Test
    void planJsonOnTheDemoHasEveryFieldAsDecimalStrings() throws Exception {
        assertEquals(0, run("demo", "--db", db()));
        assertEquals(0, run("plan", "--db", db(), "--json"), err.toString(StandardCharsets.UTF_8));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("Sprint 47", root.path("sprint").path("name").asText());
        assertEquals("380000.00", root.path("sprint").path("budget").asText());
        JsonNode lines = root.path("lines");
        assertEquals(20, lines.size());
        for (JsonNode l : lines) {
            for (String f : List.of("epic", "value", "willingness", "size", "tier", "effort", "autonomy", "L", "T50",
                    "T90", "U", "R", "C", "netValue", "headroom", "fit")) {
                assertTrue(l.has(f), "missing " + f);
            }
            for (String money : List.of("value", "willingness", "L", "T50", "T90", "U", "R", "C", "netValue", "headroom")) {
                assertTrue(l.path(money).isTextual(), money + " must be a decimal string");
                new BigDecimal(l.path(money).asText());
            }
            assertTrue(l.path("bounded").isBoolean());
            assertTrue(l.path("flags").isArray());
        }
        JsonNode pay142 = find(lines, "PAY-142");
        // PAY-142: L, frontier, high effort, unbounded, 60 + 12 h at senior-engineer 140/h.
        // Tokens P50 = 1,200M x 2 = 2,400M; P90 = 3,500M x 2 = 7,000M.
        // Frontier (claude-opus-4-1) effective from 2026-11-16 = book x 0.8:
        //   mix 0.30 x 12 + 0.10 x 60 + 0.55 x 1.2 + 0.05 x 15 = 3.6 + 6 + 0.66 + 0.75 = 11.01 per million.
        // T50 = 2,400 x 11.01 = 26,424; T90 = 7,000 x 11.01 = 77,070; R = T90 - T50 = 50,646 (unbounded).
        // L = 72 x 140 = 10,080; U = 500; C = 10,080 + 26,424 + 500 + 50,646 = 87,650.
        assertEquals("26424.00", pay142.path("T50").asText());
        assertEquals("50646.00", pay142.path("R").asText());
        assertEquals("10080.00", pay142.path("L").asText());
        assertEquals("87650.00", pay142.path("C").asText());
        assertEquals("green", pay142.path("fit").asText());
        assertEquals("amber", pay142.path("fitAtBookPrice").asText());
        assertEquals("over-powered", find(lines, "PAY-181").path("flags").get(0).asText());
        assertEquals("starved", find(lines, "PAY-163").path("flags").get(0).asText());
        assertEquals("red", find(lines, "PAY-163").path("fit").asText());

        try (Store s = H2Store.open(dir.resolve("demo"))) {
            PlanQueries q = new PlanQueries(s);
            Sprint sprint = q.currentSprint().orElseThrow();
            Pricing pricing = q.pricing(sprint);
            BigDecimal total = BigDecimal.ZERO;
            for (PlanLine l : s.portfolio().planLines(sprint.id())) {
                total = total.add(CostModel.cost(l, pricing).cost());
            }
            assertEquals(0, total.compareTo(new BigDecimal(root.path("totals").path("cost").asText())));
        }
        JsonNode totals = root.path("totals");
        BigDecimal sum = new BigDecimal(totals.path("labour").asText()).add(new BigDecimal(totals.path("tokens").asText()))
                .add(new BigDecimal(totals.path("tooling").asText())).add(new BigDecimal(totals.path("risk").asText()));
        assertEquals(0, sum.compareTo(new BigDecimal(totals.path("cost").asText())));
        assertEquals(5, root.path("subsidyExposure").path("linesAffected").asInt());
        assertTrue(root.path("subsidyExposure").path("warning").asBoolean());
    }

    @Test
    void planOfTheClosedSprintByName() throws Exception {
        run("demo", "--db", db());
        assertEquals(0, run("plan", "--db", db(), "--sprint", "Sprint 46", "--json"));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("closed", root.path("sprint").path("status").asText());
        assertEquals(12, root.path("lines").size());
    }

    @Test
    void wrongCommandPrintsOneLineReasonAndUsage() {
        assertEquals(2, run("frobnicate"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("error: unknown command \"frobnicate\"\nusage: envelope"), text);
    }

    @Test
    void wrongArgumentsPrintOneLineReasonAndUsage() {
        run("demo", "--db", db());
        assertEquals(2, run("plan", "--db", db(), "--colour", "red"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: unknown option --colour\n"));
        assertEquals(2, run("plan", "--db"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: option --db needs a value\n"));
        assertEquals(2, run("plan", "--db", db(), "--sprint", "Nope", "--json"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: no sprint named \"Nope\" (sprints: Sprint 44, Sprint 45, Sprint 46, Sprint 47)"));
        assertEquals(2, run("demo"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: demo needs --db PATH"));
    }

    @Test
    void demoRefusesAnExistingDatabase() {
        assertEquals(0, run("demo", "--db", db()));
        assertEquals(1, run("demo", "--db", db()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists"));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Created"));
    }

    private static JsonNode find(JsonNode lines, String epic) {
        for (JsonNode l : lines) {
            if (l.path("epic").asText().equals(epic)) {
                return l;
            }
        }
        throw new AssertionError("no line for " + epic);
    }
}
