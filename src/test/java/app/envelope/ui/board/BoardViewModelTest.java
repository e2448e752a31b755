package app.envelope.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Fit;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.balance.BalanceViewModel;
import app.envelope.ui.grid.Paste;
import app.envelope.ui.grid.PlanField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's logic without a toolkit: background work runs on the calling thread, on a real H2 file. */
class BoardViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private BoardViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        vm = new BoardViewModel(store, BackgroundTasks.IMMEDIATE);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long id(String epic) {
        return vm.rows().stream().filter(r -> r.line().epicKey().equals(epic)).findFirst().orElseThrow().line().id();
    }

    private BoardRow row(String epic) {
        return vm.row(id(epic));
    }

    private PlanLine stored(String epic) {
        long sprint = vm.selectedSprintProperty().get().id();
        return store.portfolio().planLines(sprint).stream().filter(l -> l.epicKey().equals(epic)).findFirst().orElseThrow();
    }

    @Test
    void loadsTheOpenSprintWithItsTotals() {
        assertEquals("Sprint 47", vm.selectedSprintProperty().get().name());
        assertEquals(20, vm.rows().size());
        assertEquals("$390,404", vm.summary().total(t -> t.cost()));
        assertEquals(3, vm.evaluationProperty().get().count(Fit.RED));
    }

    @Test
    void editingValueChangesFitAndTotalsAndIsStored() {
        // PLAT-327: C = 11,908.75 > Y = 9,000 and red; raising Y does not change fit (Z decides it) but changes totals.
        assertNull(vm.edit(id("PLAT-327"), PlanField.VALUE, "20000"));
        assertEquals(0, new BigDecimal("20000").compareTo(stored("PLAT-327").value()));
        assertEquals("$1,282,000", vm.summary().total(t -> t.value()));
        // Raising Z of PAY-163 from 21,000 to 30,000 turns it green (C = 28,257.50).
        assertEquals(Fit.RED, row("PAY-163").cost().fit());
        assertNull(vm.edit(id("PAY-163"), PlanField.WILLINGNESS, "$30,000"));
        assertEquals(Fit.GREEN, row("PAY-163").cost().fit());
        assertEquals(2, vm.evaluationProperty().get().count(Fit.RED));
    }

    @Test
    void undoAndRedoAnEdit() {
        assertNull(vm.edit(id("PAY-163"), PlanField.TIER, "mid"));
        assertEquals(Tier.MID, stored("PAY-163").tier());
        vm.undo();
        assertEquals(Tier.FRONTIER, row("PAY-163").line().tier());
        assertEquals(Tier.FRONTIER, stored("PAY-163").tier());
        assertEquals("$390,404", vm.summary().total(t -> t.cost()));
        vm.redo();
        assertEquals(Tier.MID, stored("PAY-163").tier());
        assertFalse(vm.history().canRedoProperty().get());
    }

    @Test
    void badCellsAreRefusedWithTheReasonAndChangeNothing() {
        String before = vm.summary().total(t -> t.cost());
        assertEquals("value Y \"lots\" is not a number", vm.edit(id("PAY-142"), PlanField.VALUE, "lots"));
        assertEquals("labour hours cannot be negative (-3)", vm.edit(id("PAY-142"), PlanField.HOURS, "-3"));
        assertEquals("willingness Z cannot be negative (-1)", vm.edit(id("PAY-142"), PlanField.WILLINGNESS, "-1"));
        assertTrue(vm.edit(id("PAY-142"), PlanField.SIZE, "XXL").startsWith("unknown size \"XXL\""));
        assertTrue(vm.edit(id("PAY-142"), PlanField.TIER, "giant").startsWith("unknown tier \"giant\""));
        assertEquals(before, vm.summary().total(t -> t.cost()));
        assertFalse(vm.history().canUndoProperty().get());
        assertTrue(vm.problemProperty().get().startsWith("PAY-142, Tier: unknown tier"));
    }

    @Test
    void pastesARangeCellByCellNamingTheRejectedCell() {
        List<Long> order = vm.visibleRows().stream().map(r -> r.line().id()).toList();
        int first = order.indexOf(id("PAY-151"));
        // 3 rows x 4 columns from Value Y: Y, Z, size, tier; one bad tier.
        String tsv = "50000\t12000\tM\tmid\n61000\t9900\tS\tgiant\n96000\t31000\tL\tfrontier\n";
        Paste.Result r = vm.paste(order, first, PlanField.VALUE, tsv);
        assertEquals(11, r.cellsAccepted());
        assertEquals(List.of("PAY-158, Tier: unknown tier \"giant\" (expected one of small, mid, frontier)"), r.rejected());
        assertEquals(0, new BigDecimal("50000").compareTo(stored("PAY-151").value()));
        assertEquals(0, new BigDecimal("61000").compareTo(stored("PAY-158").value()));
        assertEquals(Tier.MID, stored("PAY-158").tier());
        assertEquals(Tier.FRONTIER, stored("PAY-163").tier());
        vm.undo();
        assertEquals(0, new BigDecimal("45000").compareTo(stored("PAY-151").value()));
        assertEquals(0, new BigDecimal("95000").compareTo(stored("PAY-158").value()));
    }

    @Test
    void budgetEditMovesTheFundLineAndIsUndoable() {
        assertEquals("$-10,404".replace("$-", "-$"), vm.summary().headroomText());
        assertEquals("budget B \"a lot\" is not a number", vm.setBudget("a lot"));
        assertNull(vm.setBudget("400000"));
        assertEquals("$9,596", vm.summary().headroomText());
        assertEquals(0, new BigDecimal("400000").compareTo(new PlanQueries(store).currentSprint().orElseThrow().budget()));
        assertTrue(vm.evaluationProperty().get().fundLine().values().stream().allMatch(f -> f.withinBudget()));
        vm.undo();
        assertEquals(0, new BigDecimal("380000").compareTo(new PlanQueries(store).currentSprint().orElseThrow().budget()));
    }

    @Test
    void bestSetIsExactAndCanBeMarkedFunded() {
        assertNotNull(vm.bestSetProperty().get());
        assertEquals(19, vm.bestSetProperty().get().size());
        assertTrue(vm.summary().bestSetText().startsWith("Best set under B: these 19 lines, cost $378,496, value $1,262,000"));
        vm.fundBestSet();
        long sprint = vm.selectedSprintProperty().get().id();
        assertEquals(19, store.portfolio().planLines(sprint).stream().filter(PlanLine::funded).count());
        vm.undo();
        assertEquals(0, store.portfolio().planLines(sprint).stream().filter(PlanLine::funded).count());
    }

    @Test
    void addAndRemoveLinesAreStoredAndUndoable() {
        assertNull(vm.addLine("pay-199", "Refund API v3", "Payments"));
        assertEquals(21, vm.rows().size());
        assertTrue(store.portfolio().epic("PAY-199").isPresent());
        vm.removeLine(id("PAY-142"));
        assertEquals(20, vm.rows().size());
        long sprint = vm.selectedSprintProperty().get().id();
        assertEquals(20, store.portfolio().planLines(sprint).size());
        vm.undo();
        assertEquals(21, store.portfolio().planLines(sprint).size());
        assertEquals("PAY-142", store.portfolio().planLines(sprint).get(0).epicKey());
        assertTrue(vm.addLine("PAY-142", "", "").contains("already has a line"));
    }

    @Test
    void filtersByTeamAndFit() {
        vm.teamFilterProperty().set("Growth");
        assertEquals(7, vm.visibleRows().size());
        vm.fitFilterProperty().set(Fit.RED);
        assertEquals(1, vm.visibleRows().size());
        assertEquals("GRO-228", vm.visibleRows().get(0).line().epicKey());
    }

    @Test
    void balanceSplitsZAndAppliesAsOneEdit() {
        BalanceViewModel balance = new BalanceViewModel(vm);
        vm.selectedRowProperty().set(row("PLAT-305"));
        // PLAT-305: Z 26,300; L 22,960 (164 h x 140); U 1,200; R 1,328.25 -> 1,328 whole; tokens get 812 < T50 1,386.
        assertEquals(0, new BigDecimal("812").compareTo(balance.tokenShare()));
        assertEquals(BalanceViewModel.Warning.STARVED, balance.warningProperty().get());
        // Low effort: P90 = 3,500M x 0.5 = 1,750M tokens x 2.31 = T90 4,042.50.
        balance.labourProperty().set(new BigDecimal("19000"));
        // 26,300 - 19,000 - 1,200 - 1,328 = 4,772 > T90: more than this size needs.
        assertEquals(0, new BigDecimal("4772").compareTo(balance.tokenShare()));
        assertEquals(BalanceViewModel.Warning.MORE_THAN_NEEDED, balance.warningProperty().get());
        balance.labourProperty().set(new BigDecimal("21700"));
        // 26,300 - 21,700 - 1,200 - 1,328 = 2,072: between T50 1,386 and T90 4,042.50.
        assertEquals(BalanceViewModel.Warning.NONE, balance.warningProperty().get());
        balance.apply();
        PlanLine l = stored("PLAT-305");
        // 21,700 / 140 = 155 h in all, minus 24 review hours = 131 labour hours.
        assertEquals(0, new BigDecimal("131").compareTo(l.labourHours()));
        assertEquals(0, new BigDecimal("1328").compareTo(l.riskOverride()));
        vm.undo();
        assertEquals(0, new BigDecimal("140").compareTo(stored("PLAT-305").labourHours()));
        assertNull(stored("PLAT-305").riskOverride());
    }
}
