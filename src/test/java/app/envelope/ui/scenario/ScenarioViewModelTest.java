package app.envelope.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Effort;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.grid.PlanField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios without a toolkit, on a real H2 file with the demo portfolio (Sprint 47 is open). */
class ScenarioViewModelTest {
    private static final Clock NOV_23 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private PortfolioEvents events;
    private BoardViewModel board;
    private ScenarioViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        events = new PortfolioEvents();
        board = new BoardViewModel(store, BackgroundTasks.IMMEDIATE, events);
        board.load();
        vm = new ScenarioViewModel(store, BackgroundTasks.IMMEDIATE, events, NOV_23, board::adopt);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long id(String epic) {
        return vm.rows().stream().filter(r -> r.line().epicKey().equals(epic)).findFirst().orElseThrow().line().id();
    }

    private Sprint sprint47() {
        return store.portfolio().sprint("Sprint 47").orElseThrow();
    }

    private PlanLine planLine(String epic) {
        return store.portfolio().planLines(sprint47().id()).stream().filter(l -> l.epicKey().equals(epic))
                .findFirst().orElseThrow();
    }

    private ComparisonRow figure(String label) {
        return vm.comparisonRows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void opensTheDemoScenarioOfTheOpenSprint() {
        assertEquals("Sprint 47", vm.selectedSprintProperty().get().name());
        assertEquals("Right-size the frontier lines", vm.selectedScenarioProperty().get().name());
        assertEquals(3, vm.comparisonProperty().get().changedLines());
        assertTrue(vm.row(id("PAY-163")).changed(PlanField.TIER));
        assertFalse(vm.row(id("PAY-163")).changed(PlanField.EFFORT));
    }

    @Test
    void reTieringTheSelectionAsksForATierOrAnEffortAndChangesOnlyTheSelectedLines() {
        assertNull(vm.createScenario("Selection"));
        vm.selectedLines().setAll(id("PAY-163"), id("PAY-181"));
        assertEquals("2 lines selected: PAY-163, PAY-181", vm.selectionTextProperty().get());
        vm.retierSelected(null, null);
        assertEquals("Pick a tier or an effort to re-tier the selected lines to.", vm.problemProperty().get());
        assertEquals(0, vm.comparisonProperty().get().changedLines());
        vm.retierSelected(Tier.MID, null);
        assertEquals(2, vm.comparisonProperty().get().changedLines());
        assertEquals(Tier.MID, vm.row(id("PAY-163")).line().tier());
        assertEquals(Tier.MID, vm.row(id("PAY-181")).line().tier());
        assertEquals("Scenario: re-tier PAY-163, PAY-181 to mid tier", vm.statusProperty().get());
    }

    @Test
    void copyReTierTwoLinesAndCompareWithHandWorkedFigures() {
        assertNull(vm.createScenario("Cheaper models"));
        assertEquals("Cheaper models", vm.selectedScenarioProperty().get().name());
        assertEquals(20, vm.rows().size());
        assertEquals(0, vm.comparisonProperty().get().changedLines());
        assertEquals("same", figure("Planned cost C").change());

        // PAY-163 (M, frontier, medium, bounded) to the mid tier; PAY-181 (XS, frontier, high) to small at medium.
        assertEquals(1, vm.retier(List.of(id("PAY-163")), Tier.MID, null));
        assertEquals(1, vm.retier(List.of(id("PAY-181")), Tier.SMALL, Effort.MEDIUM));

        // Blended effective prices per million tokens on 2026-11-16:
        //   frontier (Opus 12 / 60 / 1.2 / 15, mix 30/10/55/5)  = 3.6 + 6 + 0.66 + 0.75 = 11.01
        //   mid      (Sonnet 2.4 / 12 / 0.24 / 3, mix 35/10/50/5) = 0.84 + 1.2 + 0.12 + 0.15 = 2.31
        //   small    (Haiku 0.8 / 4 / 0.08 / 1, mix 55/15/25/5)  = 0.44 + 0.6 + 0.02 + 0.05 = 1.11
        // PAY-163: L = 140 h x 140 = 19,600, U = 400, Z = 21,000, P50 400M, P90 1.1B.
        //   plan:     T50 4,404.00, T90 12,111.00, R = 3,853.50, C = 28,257.50; C - R = 24,404 > Z: red
        //   scenario: T50   924.00, T90  2,541.00, R =   808.50, C = 21,732.50; C - R = 20,924 <= Z < C: amber
        // PAY-181: L = 12 h x 110 = 1,320, U = 50, Z = 3,500.
        //   plan (high: 60M / 160M):  T50 660.60, T90 1,761.60, R = 550.50, C = 2,581.10 (green, over-powered)
        //   scenario (medium: 30M / 80M on small): T50 33.30, T90 88.80, R = 27.75, C = 1,431.05 (green)
        ScenarioComparison c = vm.comparisonProperty().get();
        ScenarioComparison.LinePair pay163 = c.line(id("PAY-163"));
        assertEquals(0, new BigDecimal("28257.50").compareTo(pay163.plan().cost().cost()));
        assertEquals(0, new BigDecimal("21732.50").compareTo(pay163.scenario().cost().cost()));
        assertEquals(Fit.RED, pay163.plan().cost().fit());
        assertEquals(Fit.AMBER, pay163.scenario().cost().fit());
        ScenarioComparison.LinePair pay181 = c.line(id("PAY-181"));
        assertEquals(0, new BigDecimal("1431.05").compareTo(pay181.scenario().cost().cost()));
        assertTrue(pay181.plan().cost().has(Flag.OVER_POWERED));
        assertFalse(pay181.scenario().cost().has(Flag.OVER_POWERED));

        // Totals: T50 -3,480.00 - 627.30 = -4,107.30; R -3,045.00 - 522.75 = -3,567.75; C -7,675.05.
        assertEquals(0, new BigDecimal("-4107.30").compareTo(
                c.scenario().totals().tokens().subtract(c.plan().totals().tokens())));
        assertEquals(0, new BigDecimal("-3567.75").compareTo(
                c.scenario().totals().risk().subtract(c.plan().totals().risk())));
        assertEquals(0, new BigDecimal("-7675.05").compareTo(
                c.scenario().totals().cost().subtract(c.plan().totals().cost())));
        assertEquals(0, c.scenario().totals().labour().compareTo(c.plan().totals().labour()));
        assertEquals("−$7,675", figure("Planned cost C").change());
        assertEquals(ComparisonRow.Direction.BETTER, figure("Planned cost C").direction());
        assertEquals("same", figure("Labour L").change());
        // Fit: 14 green, 3 amber, 3 red -> 14, 4, 2; over-powered 2 -> 1 (GRO-231 stays).
        assertEquals("3", figure("✖ Red lines").plan());
        assertEquals("2", figure("✖ Red lines").scenario());
        assertEquals("+1", figure("◐ Amber lines").change());
        assertEquals("−1", figure("⚑ Over-powered lines").change());
        // Costs only fell, so the best set under the same B is worth at least as much.
        assertTrue(c.scenario().bestSet().value().compareTo(c.plan().bestSet().value()) >= 0);
        assertEquals(2, c.changedLines());

        // Stored at once: a fresh read of the scenario has both changes; the plan has neither.
        Scenario stored = store.scenarios().load(vm.scenario().id()).orElseThrow();
        assertEquals(Tier.MID, stored.line(id("PAY-163")).tier());
        assertEquals(Effort.MEDIUM, stored.line(id("PAY-181")).effort());
        assertEquals(Tier.FRONTIER, planLine("PAY-163").tier());
    }

    @Test
    void bulkReTierEditUndoAndTheBoardsValidation() {
        assertNull(vm.createScenario("Bulk"));
        assertEquals(2, vm.retier(List.of(id("PAY-142"), id("GRO-214")), null, Effort.LOW));
        assertTrue(vm.row(id("PAY-142")).changed(PlanField.EFFORT));
        assertTrue(vm.history().canUndoProperty().get());
        vm.undo();
        assertEquals(0, vm.comparisonProperty().get().changedLines());
        assertEquals(Effort.HIGH, store.scenarios().load(vm.scenario().id()).orElseThrow().line(id("PAY-142")).effort());
        vm.redo();
        assertEquals(2, vm.comparisonProperty().get().changedLines());

        assertEquals("labour hours cannot be negative (-5)", vm.edit(id("GRO-210"), PlanField.HOURS, "-5"));
        assertNull(vm.edit(id("GRO-210"), PlanField.WILLINGNESS, "$12,000"));
        assertTrue(vm.row(id("GRO-210")).changed(PlanField.WILLINGNESS));
        assertNull(vm.setBudget("400000"));
        assertEquals("$400,000", figure("Budget B").scenario());
        assertNotNull(vm.setBudget("-1"));

        assertEquals(3, vm.revertToPlan(List.of(id("PAY-142"), id("GRO-214"), id("GRO-210"))));
        assertEquals(0, vm.comparisonProperty().get().changedLines());
    }

    @Test
    void adoptWritesTheScenarioIntoThePlanAsOneUndoableBoardEdit() {
        BigDecimal before = board.evaluationProperty().get().totals().cost();
        assertNull(vm.createScenario("Adopt me"));
        vm.retier(List.of(id("PAY-163")), Tier.MID, null);
        vm.retier(List.of(id("PAY-181")), Tier.SMALL, Effort.MEDIUM);
        assertNull(vm.setBudget("385000"));
        vm.adopt();

        assertEquals(Tier.MID, planLine("PAY-163").tier());
        assertEquals(Effort.MEDIUM, planLine("PAY-181").effort());
        assertEquals(0, new BigDecimal("385000").compareTo(sprint47().budget()));
        assertEquals(0, before.subtract(new BigDecimal("7675.05")).compareTo(board.evaluationProperty().get().totals().cost()));
        assertEquals(0, new PlanQueries(store).evaluate(sprint47()).totals().cost().compareTo(
                board.evaluationProperty().get().totals().cost()));
        assertNotNull(store.scenarios().load(vm.scenario().id()).orElseThrow().adoptedAt());
        assertEquals(0, vm.comparisonProperty().get().changedLines(), "after adopting, the scenario is the plan");
        assertTrue(vm.headingProperty().get().contains("adopted 2026-11-23"), vm.headingProperty().get());

        board.undo();
        assertEquals(Tier.FRONTIER, planLine("PAY-163").tier());
        assertEquals(0, new BigDecimal("380000").compareTo(sprint47().budget()));
        assertEquals(0, before.compareTo(board.evaluationProperty().get().totals().cost()));
        assertEquals(2, vm.comparisonProperty().get().changedLines(), "the plan moved back; the scenario differs again");
        assertEquals("+$5,000", figure("Budget B").change());
    }

    @Test
    void adoptingBeforeTheBoardWasEverShownLeavesItOnTheSprintWithTheEditUndoable() {
        BoardViewModel fresh = new BoardViewModel(store, BackgroundTasks.IMMEDIATE, events);
        ScenarioViewModel s = new ScenarioViewModel(store, BackgroundTasks.IMMEDIATE, events, NOV_23, fresh::adopt);
        s.load();
        s.adopt();
        assertEquals("Sprint 47", fresh.selectedSprintProperty().get().name());
        assertEquals(Tier.MID, planLine("PAY-163").tier());
        assertTrue(fresh.history().canUndoProperty().get());
        fresh.load();
        assertEquals(20, fresh.rows().size());
        assertTrue(fresh.history().canUndoProperty().get(), "showing the board keeps the adoption undoable");
        fresh.undo();
        assertEquals(Tier.FRONTIER, planLine("PAY-163").tier());
    }

    @Test
    void discardDeletesTheScenarioAndLeavesThePlan() {
        List<PlanLine> plan = store.portfolio().planLines(sprint47().id());
        assertNull(vm.createScenario("Throw away"));
        long scenarioId = vm.scenario().id();
        vm.retier(List.of(id("PAY-142")), Tier.SMALL, null);
        vm.discard();
        assertTrue(store.scenarios().load(scenarioId).isEmpty());
        assertEquals(1, store.scenarios().list(sprint47().id()).size(), "the demo scenario remains");
        assertEquals(plan, store.portfolio().planLines(sprint47().id()));
        assertEquals("Right-size the frontier lines", vm.selectedScenarioProperty().get().name());
    }

    @Test
    void aScenarioSurvivesARestart() {
        assertNull(vm.createScenario("Kept"));
        vm.retier(List.of(id("PLAT-301")), Tier.FRONTIER, Effort.HIGH);
        Path file = store.path();
        store.close();
        store = TestStores.open(file.getParent(), "demo");
        ScenarioViewModel again = new ScenarioViewModel(store, BackgroundTasks.IMMEDIATE, new PortfolioEvents(), NOV_23,
                (s, l, b, label, done, failed) -> { });
        again.load();
        again.selectedScenarioProperty().set(again.scenarios().stream().filter(s -> s.name().equals("Kept")).findFirst()
                .orElseThrow());
        assertEquals(1, again.comparisonProperty().get().changedLines());
        assertEquals(Tier.FRONTIER, again.rows().stream().filter(r -> r.line().epicKey().equals("PLAT-301")).findFirst()
                .orElseThrow().line().tier());
    }

    @Test
    void aScenarioNeedsAUniqueName() {
        assertEquals("a scenario needs a name", vm.createScenario("  "));
        assertEquals("Sprint 47 already has a scenario called “right-size the frontier lines”",
                vm.createScenario("right-size the frontier lines"));
        assertEquals("What-if 1", vm.suggestedName());
    }
}
