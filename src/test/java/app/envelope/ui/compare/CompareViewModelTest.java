package app.envelope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.BudgetAlert;
import app.envelope.service.CompareService;
import app.envelope.service.DemoLoader;
import app.envelope.service.TimesheetImport;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compare screen's view model on the demo, without a toolkit. */
class CompareViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private CompareViewModel vm;

    @BeforeEach
    void open() {
        store = TestStores.open(dir, "demo");
        new DemoLoader(store).load();
        vm = new CompareViewModel(new CompareService(store), new TimesheetImport(store), BackgroundTasks.IMMEDIATE);
        vm.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CompareRow row(String key) {
        return vm.row(key).orElseThrow(() -> new AssertionError("no row " + key));
    }

    @Test
    void opensOnTheLastClosedSprintWithRowsForEveryLineAndTheSpendNobodyPlanned() {
        assertEquals("Sprint 46", vm.selectedSprintProperty().get().name());
        assertEquals(12 + 4, vm.rows().size(), "12 lines, unattributed, sprint total, outside, imported");
        assertEquals(List.of("Unattributed", "Sprint total", "Outside", "Imported"),
                vm.rows().subList(12, 16).stream().map(CompareRow::key).toList());
        assertTrue(row("PAY-151").splitNotAvailable());
        assertEquals("over plan, over Z", row("PAY-142").status());
        assertEquals("over-powered", row("PAY-181").flags());
        assertEquals("starved", row("PLAT-312").flags());
        assertEquals("✓ = the files", row("Imported").status());
        // the imported row adds up the billing columns, outside any sprint included
        CompareRow imported = row("Imported");
        assertEquals(0, imported.tokensActual().add(imported.toolingActual()).compareTo(imported.totalActual()));
        assertEquals("PAY-142", vm.selectedRowProperty().get().key(), "the first line with a cost-per-outcome trend");
    }

    @Test
    void headlineFiguresInWords() {
        assertEquals("$165,948", vm.figures().plannedText());
        assertEquals("$158,157", vm.figures().actualText());
        assertEquals("-$7,791 (-4.7%)", vm.figures().varianceText());
        assertTrue(vm.figures().splitText().startsWith("volume +$31,459 · mix -$3,437 · price -$1,214"), vm.figures().splitText());
        assertEquals("11 of 12 lines; n/a for PAY-151 (no token counts)", vm.figures().splitCoverage());
        assertEquals("$61,775.51 in 6 files ✓ all here", vm.figures().reconciliationText());
        assertEquals("Sprint 46 used 95% of its plan (alert at 90%)", vm.figures().sprintAlertText());
        assertTrue(vm.figures().subsidyHeadline().startsWith("2 of 12 lines (17%) would have gone over Z at book price"));
        assertTrue(vm.figures().subsidyDetail().startsWith("PAY-181 and GRO-240 would have exceeded their Z by "), vm.figures().subsidyDetail());
        BudgetAlert first = vm.alerts().alerts().get(0);
        assertEquals(BudgetAlert.Scope.SPRINT, first.scope());
        assertEquals("Sprint · $158,157 of $165,948 (95%)", vm.alerts().alertText(first));
        assertEquals("▲ over plan", SprintAlerts.badge(AlertLevel.AT_100));
        assertTrue(vm.figures().outcomesByUnit().contains("PRs merged: 102 · $652 each"), vm.figures().outcomesByUnit().toString());
        assertEquals("$0", vm.figures().signed(new BigDecimal("-0.4")), "no minus sign on nothing");
    }

    @Test
    void enteringHoursAndAnOutcomeChangesTheComparison() {
        vm.selectedRowProperty().set(row("GRO-210"));
        assertEquals("52", vm.editor().hoursInputProperty().get());
        assertEquals("5", vm.editor().outcomeCountInputProperty().get());
        vm.editor().hoursInputProperty().set("60");
        vm.editor().outcomeCountInputProperty().set("6");
        assertTrue(vm.saveActual());
        // 60 h x 110 = 6,600 + tokens 180 + tooling 250 = 7,030 against C 6,657.67: over plan now
        assertEquals(0, new BigDecimal("7030").compareTo(row("GRO-210").totalActual().setScale(0, java.math.RoundingMode.HALF_EVEN)));
        assertTrue(row("GRO-210").overPlan());
        assertEquals("GRO-210", vm.selectedRowProperty().get().key(), "the selection stays");
        assertEquals("Saved GRO-210: 60 h, 6 stories accepted", vm.statusProperty().get());
    }

    @Test
    void refusedInputSaysWhyAndChangesNothing() {
        vm.selectedRowProperty().set(row("GRO-210"));
        vm.editor().hoursInputProperty().set("-3");
        assertFalse(vm.saveActual());
        assertEquals("Hours cannot be negative (-3).", vm.problemProperty().get());
        vm.editor().hoursInputProperty().set("52");
        vm.editor().outcomeCountInputProperty().set("5.5");
        assertFalse(vm.saveActual());
        assertEquals("The outcome count \"5.5\" is not a whole number.", vm.problemProperty().get());
        vm.editor().outcomeCountInputProperty().set("5");
        vm.editor().outcomeUnitInputProperty().set(" ");
        assertFalse(vm.saveActual());
        assertEquals("Give the outcome a unit, e.g. \"PRs merged\".", vm.problemProperty().get());
        assertEquals(0, new BigDecimal("5720").compareTo(row("GRO-210").labourActual()));
    }

    @Test
    void clearingTheHoursLeavesLabourOut() {
        vm.selectedRowProperty().set(row("PLAT-324"));
        vm.editor().hoursInputProperty().set("");
        assertTrue(vm.saveActual());
        assertTrue(row("PLAT-324").hoursMissing());
        assertNull(row("PLAT-324").labourActual());
        assertTrue(vm.figures().sprintAlertText().endsWith("labour left out for 1 line without hours entered"), vm.figures().sprintAlertText());
    }

    @Test
    void aTimesheetReplacesHoursForTheSprint() throws Exception {
        Path f = Files.writeString(dir.resolve("hours.csv"), "epic,hours\nPLAT-301,100\nPLAT-301,20\n", StandardCharsets.UTF_8);
        vm.importTimesheet(f);
        assertEquals("Imported hours.csv: 120 h for 1 line of Sprint 46 (2 rows)", vm.statusProperty().get());
        assertEquals(0, new BigDecimal("19800").compareTo(row("PLAT-301").labourActual()), "120 h x 165");
        Path bad = Files.writeString(dir.resolve("bad.csv"), "epic,hours\nNOPE-1,1\n", StandardCharsets.UTF_8);
        vm.importTimesheet(bad);
        assertTrue(vm.problemProperty().get().contains("row 2: NOPE-1 has no plan line in Sprint 46"), vm.problemProperty().get());
    }

    @Test
    void anOpenSprintWithoutActualsRaisesNoAlerts() {
        vm.selectedSprintProperty().set(store.portfolio().sprint("Sprint 47").orElseThrow());
        assertEquals("Sprint 47", vm.comparisonProperty().get().sprint().name());
        assertTrue(vm.alerts().alerts().isEmpty());
        assertEquals(4, vm.trends().sprints().size());
        assertFalse(vm.trends().sprints().get(3).hasActuals());
    }
}
