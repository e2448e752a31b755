package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.Outcome;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimesheetImportTest {
    @TempDir
    Path dir;
    private Store store;
    private Sprint sprint;

    @BeforeEach
    void open() {
        store = TestStores.demo(dir);
        sprint = store.portfolio().sprint("Sprint 46").orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("timesheet.csv"), text, StandardCharsets.UTF_8);
    }

    private PlanLine line(String epic) {
        return store.portfolio().planLines(sprint.id()).stream().filter(l -> l.epicKey().equals(epic)).findFirst()
                .orElseThrow();
    }

    private LineActual entered(String epic) {
        PlanLine l = line(epic);
        return store.actuals().lineActuals(sprint.id()).getOrDefault(l.id(), LineActual.none(l.id()));
    }

    @Test
    void hoursOfOneEpicAddUpAndReplaceWhatWasEnteredKeepingTheOutcome() throws Exception {
        PlanLine pay142 = line("PAY-142");
        store.actuals().save(new LineActual(pay142.id(), new BigDecimal("10"), new Outcome(9, "stories accepted")));
        TimesheetImport.Result r = new TimesheetImport(store).importFile(
                file("person,Epic Key,Hours\nana,PAY-142,30.5\nbo,pay-142,12\nana,GRO-210,52\n"), sprint);
        assertEquals(3, r.rows());
        assertEquals(Map.of("PAY-142", new BigDecimal("42.5"), "GRO-210", new BigDecimal("52")), r.hoursByEpic());
        assertEquals(0, new BigDecimal("42.5").compareTo(entered("PAY-142").hours()));
        assertEquals(new Outcome(9, "stories accepted"), entered("PAY-142").outcome());
        assertEquals(0, new BigDecimal("52").compareTo(entered("GRO-210").hours()));
    }

    @Test
    void oneBadRowRefusesTheFileNamingEveryBadRowAndStoresNothing() throws Exception {
        Path f = file("epic;hours\nPAY-142;40\nPAY-999;3\nGRO-210;-2\nPLAT-301;lots\n;4\n");
        TimesheetImport.Refused e = assertThrows(TimesheetImport.Refused.class,
                () -> new TimesheetImport(store).importFile(f, sprint));
        assertEquals(List.of("row 3: PAY-999 has no plan line in Sprint 46", "row 4: hours cannot be negative (-2)",
                "row 5: hours \"lots\" is not a number", "row 6: no epic key"), e.problems());
        assertTrue(e.getMessage().startsWith("timesheet.csv was not imported (nothing was stored): row 3:"), e.getMessage());
        assertEquals(0, new BigDecimal("64").compareTo(entered("PAY-142").hours()), "the demo's 64 hours are kept");
    }

    @Test
    void aFileWithoutTheColumnsIsRefused() throws Exception {
        Path f = file("name,minutes\nana,30\n");
        TimesheetImport.Refused e = assertThrows(TimesheetImport.Refused.class,
                () -> new TimesheetImport(store).importFile(f, sprint));
        assertTrue(e.problems().get(0).startsWith("the header needs an \"epic\" and an \"hours\" column"), e.getMessage());
    }
}
