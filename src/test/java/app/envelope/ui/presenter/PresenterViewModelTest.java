package app.envelope.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.BillingLine;
import app.envelope.domain.Fit;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Size;
import app.envelope.domain.Tier;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.grid.PlanField;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Presenter mode's logic without a toolkit: background work on the calling thread, a real H2 file. */
class PresenterViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private BoardViewModel board;
    private PresenterViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        board = new BoardViewModel(store, BackgroundTasks.IMMEDIATE);
        board.load();
        vm = new PresenterViewModel(board, store, BackgroundTasks.IMMEDIATE);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private BoardRow selected() {
        return board.selectedRowProperty().get();
    }

    private PlanLine stored(String epic) {
        long sprint = board.selectedSprintProperty().get().id();
        return store.portfolio().planLines(sprint).stream().filter(l -> l.epicKey().equals(epic)).findFirst().orElseThrow();
    }

    static void addBillingUser(Store store, String epic, long sprintId, String... users) {
        store.billing().importBatch("people.csv", Integer.toHexString(String.join("-", users).hashCode()), sink -> {
            long row = 1;
            for (String u : users) {
                BillingLine line = new BillingLine(row++, LocalDate.of(2026, 11, 3), "Anthropic", "api", null,
                        "claude-sonnet-4-5", "output", null, null, null, null, new BigDecimal("12.50"), null, "USD",
                        new WorkTags(null, null, null, null, null, u, Map.of(), Map.of()));
                sink.accept(new BillingRepository.StoredLine(0, 0, line, epic, sprintId, BigDecimal.ONE));
            }
            return new BillingRepository.Summary("test", "test", users.length, users.length, 0, null,
                    new BigDecimal("12.50").multiply(BigDecimal.valueOf(users.length)), null, "USD");
        });
    }

    @Test
    void linesAreInFundLineOrderAndPresentingSelectsTheFirst() {
        vm.enter();
        assertEquals(20, vm.rows().size());
        for (int i = 0; i < vm.rows().size(); i++) {
            assertEquals(i + 1, vm.rows().get(i).fund().rank(), "rank order");
        }
        assertEquals(0, vm.selectedIndex());
        // Sprint 47's budget B = $380,000 holds the top 19 by value density; the 20th is past the fund line.
        assertFalse(PresenterCells.belowFundLine(vm.rows().get(18)));
        assertTrue(PresenterCells.belowFundLine(vm.rows().get(19)));
        assertEquals("Fund line: the top 19 of 20 lines by value density fit in B · 0 funded", vm.fundLineText());
    }

    @Test
    void arrowsMoveAndStopAtTheEnds() {
        vm.enter();
        vm.move(1);
        vm.move(1);
        assertEquals(2, vm.selectedIndex());
        vm.move(-5);
        assertEquals(0, vm.selectedIndex());
        vm.moveToLast();
        assertEquals(19, vm.selectedIndex());
        vm.move(1);
        assertEquals(19, vm.selectedIndex());
    }

    @Test
    void enterEditsYInPlaceThroughTheBoardAndCtrlZUndoesIt() {
        vm.enter();
        vm.move(2);
        String epic = selected().line().epicKey();
        BigDecimal before = stored(epic).value();
        assertTrue(vm.edit().beginEdit());
        assertEquals(PlanField.VALUE, vm.edit().editingProperty().get());
        assertEquals(before.stripTrailingZeros().toPlainString(), vm.edit().editTextProperty().get());
        vm.edit().editTextProperty().set("$150,000");
        assertNull(vm.edit().commitEdit());
        assertNull(vm.edit().editingProperty().get(), "the editor closes");
        assertEquals(0, new BigDecimal("150000").compareTo(stored(epic).value()));
        assertEquals(epic, selected().line().epicKey(), "the selection follows the line when it is re-ranked");
        vm.undo();
        assertEquals(0, before.compareTo(stored(epic).value()));
    }

    @Test
    void aRefusedValueKeepsTheEditorOpenWithItsReason() {
        vm.enter();
        String epic = selected().line().epicKey();
        BigDecimal before = stored(epic).willingness();
        vm.edit().beginEdit();
        vm.edit().nextField(1);
        assertEquals(PlanField.WILLINGNESS, vm.edit().editingProperty().get());
        vm.edit().editTextProperty().set("lots");
        assertTrue(vm.edit().commitEdit() != null);
        assertEquals(PlanField.WILLINGNESS, vm.edit().editingProperty().get());
        assertTrue(vm.edit().editProblemProperty().get().startsWith("Willing Z: "), vm.edit().editProblemProperty().get());
        assertFalse(vm.edit().nextField(1), "Tab does not leave a refused value behind");
        vm.edit().cancelEdit();
        assertNull(vm.edit().editingProperty().get());
        assertEquals(0, before.compareTo(stored(epic).willingness()));
        assertFalse(board.history().canUndoProperty().get(), "nothing was stored");
    }

    @Test
    void tabCyclesTheFieldsAndArrowsStepSizeAndTier() {
        vm.enter();
        String epic = selected().line().epicKey();
        Size size = stored(epic).size();
        Tier tier = stored(epic).tier();
        vm.edit().beginEdit();
        vm.edit().nextField(1);
        vm.edit().nextField(1);
        assertEquals(PlanField.SIZE, vm.edit().editingProperty().get());
        vm.edit().cycleChoice(1);
        Size bigger = Size.values()[Math.min(Size.values().length - 1, size.ordinal() + 1)];
        assertEquals(bigger.name(), vm.edit().editTextProperty().get());
        vm.edit().nextField(1);
        assertEquals(PlanField.TIER, vm.edit().editingProperty().get());
        assertEquals(bigger, stored(epic).size(), "Tab stored the size");
        vm.edit().cycleChoice(-1);
        Tier lower = Tier.values()[Math.max(0, tier.ordinal() - 1)];
        assertEquals(lower.label(), vm.edit().editTextProperty().get());
        assertNull(vm.edit().commitEdit());
        assertEquals(lower, stored(epic).tier());
        vm.edit().nextField(-1);
        vm.edit().beginEdit();
        assertEquals(PlanField.TIER, vm.edit().editingProperty().get(), "Enter reopens on the field edited last");
        vm.edit().cancelEdit();
        vm.edit().nextField(1);
        assertNull(vm.edit().editingProperty().get());
        vm.edit().beginEdit();
        vm.edit().nextField(1);
        assertEquals(PlanField.VALUE, vm.edit().editingProperty().get(), "Tab wraps from tier to Y");
    }

    @Test
    void spaceTogglesFundedAndUndoRestoresIt() {
        vm.enter();
        String epic = selected().line().epicKey();
        boolean before = stored(epic).funded();
        vm.toggleFunded();
        assertEquals(!before, stored(epic).funded());
        assertEquals(PresenterCells.fundedText(selected()), before ? "☐ no" : "☑ yes");
        vm.undo();
        assertEquals(before, stored(epic).funded());
        vm.redo();
        assertEquals(!before, stored(epic).funded());
    }

    @Test
    void privateByDefaultRevealedOnPurposeAndPrivateAgainNextTime() {
        long sprint = board.selectedSprintProperty().get().id();
        addBillingUser(store, "PAY-142", sprint, "zoe@example.com", "dana.kim@example.com");
        vm.enter();
        while (!selected().line().epicKey().equals("PAY-142")) {
            vm.move(1);
        }
        assertEquals("Private", vm.privacy().badgeText());
        assertTrue(vm.privacy().labourRates().isEmpty());
        assertTrue(vm.privacy().tierPrices().isEmpty());
        assertTrue(vm.privacy().lineDetails().isEmpty());
        assertTrue(vm.privacy().people().isEmpty());
        assertEquals("Hidden: labour rates, negotiated prices, people's names (labour only as a total) · PAY-142: 2 people"
                + " in billing", vm.privacy().privacyNote());
        assertFalse(vm.privacy().privacyNote().contains("example.com"));

        vm.privacy().reveal();
        assertEquals("Revealed", vm.privacy().badgeText());
        assertEquals(List.of("dana.kim@example.com", "zoe@example.com"), vm.privacy().people(), "alphabetical, no amounts");
        Pricing p = board.pricing();
        assertEquals(p.labourRates().size(), vm.privacy().labourRates().size());
        assertEquals(new Privacy.Detail("blended", "$95.00/h"), vm.privacy().labourRates().get(0));
        assertTrue(vm.privacy().labourRates().contains(new Privacy.Detail("senior-engineer", "$140.00/h")));
        // Sprint 47 starts on 2026-11-16: the renegotiated 20% Anthropic discount, Sonnet on the mid tier.
        Privacy.PriceRow mid = vm.privacy().tierPrices().get(1);
        assertEquals("mid", mid.tier());
        assertEquals("Claude Sonnet 4.5", mid.model());
        assertEquals(List.of("$2.40", "$12.00", "$0.24", "$3.00"), mid.effective());
        assertEquals(List.of("$3.00", "$15.00", "$0.30", "$3.75"), mid.book());
        // PAY-142 in Sprint 47: 60 h + 12 h review at the senior-engineer rate, 72 × 140 = 10,080.
        assertEquals("72 h × $140.00/h (senior-engineer) = $10,080", vm.privacy().lineDetails().get(0).value());
        // Frontier (Opus 4.1) mix 0.30/0.10/0.55/0.05 at 12/60/1.2/15 = 3.6 + 6 + 0.66 + 0.75 = 11.01 negotiated;
        // at book 15/75/1.5/18.75 = 4.5 + 7.5 + 0.825 + 0.9375 = 13.7625.
        assertEquals("$11.01/M negotiated, book $13.7625/M (frontier)", vm.privacy().lineDetails().get(1).value());

        vm.leave();
        vm.enter();
        assertEquals("Private", vm.privacy().badgeText(), "private again each time presenting starts");
        assertTrue(vm.privacy().people().isEmpty());
    }

    @Test
    void zoomStepsStopAtTheEndsAndAreRemembered() {
        assertEquals(100, vm.zoom().scaleProperty().get());
        vm.zoom().zoomIn();
        assertEquals(110, vm.zoom().scaleProperty().get());
        assertEquals("scale-110", vm.zoom().scaleStyleClass());
        assertEquals(Optional.of("110"), store.settings().get(PresenterZoom.SCALE_KEY));
        for (int i = 0; i < 20; i++) {
            vm.zoom().zoomIn();
        }
        assertEquals(200, vm.zoom().scaleProperty().get());
        assertFalse(vm.zoom().keysShownProperty().get(), "the key hints fold away at a large zoom");
        for (int i = 0; i < 20; i++) {
            vm.zoom().zoomOut();
        }
        assertEquals(75, vm.zoom().scaleProperty().get());
        assertTrue(vm.zoom().keysShownProperty().get());
        vm.zoom().zoomIn();
        PresenterViewModel again = new PresenterViewModel(board, store, BackgroundTasks.IMMEDIATE);
        again.load();
        assertEquals(80, again.zoom().scaleProperty().get(), "read back from the settings");
        again.zoom().resetZoom();
        assertEquals(100, again.zoom().scaleProperty().get());
        assertEquals(125, PresenterZoom.nearestScale(130));
    }

    @Test
    void fitAndFlagsAlwaysCarryAWordAndAnIcon() {
        assertEquals("✔ green", PresenterCells.fitText(Fit.GREEN));
        assertEquals("◐ amber", PresenterCells.fitText(Fit.AMBER));
        assertEquals("✖ red", PresenterCells.fitText(Fit.RED));
        BoardRow starved = board.rows().stream().filter(r -> !r.cost().flags().isEmpty()).findFirst().orElseThrow();
        assertTrue(PresenterCells.flagsText(starved).matches("⚑ [a-z-]+(, [a-z-]+)*"), PresenterCells.flagsText(starved));
    }

    @Test
    void categoriesAddUpToThePlannedCost() {
        List<PresenterViewModel.Category> c = vm.categories();
        assertEquals(List.of("Labour (total)", "Tokens T50", "Tooling", "Risk reserve"),
                c.stream().map(PresenterViewModel.Category::name).toList());
        assertEquals("$207,050", c.get(0).amount());
        assertEquals("53%", c.get(0).share());
        assertEquals("$390,404", board.summary().total(t -> t.cost()));
    }
}
