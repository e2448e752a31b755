package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Sprint;
import app.envelope.report.ActualGroup;
import app.envelope.report.EpicVariance;
import app.envelope.report.ExportCancelledException;
import app.envelope.report.ExportProgress;
import app.envelope.report.SprintActuals;
import app.envelope.report.UnattributedGroup;
import app.envelope.report.WorkbookInput;
import app.envelope.store.Store;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembler: which sprints, the actuals it reads from the store (by hand-worked sums), cancel and atomic write. */
class FinanceExportTest {
    @TempDir
    Path dir;
    private Store store;
    private FinanceExport export;

    @BeforeEach
    void setUp() throws Exception {
        store = FinanceFixture.create(dir);
        export = new FinanceExport(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void resolvesSprintsByNameOldestFirstAndRefusesAnUnknownOne() {
        assertEquals(List.of("Sprint 44", "Sprint 45", "Sprint 46", "Sprint 47", "Sprint 48"),
                export.resolve(List.of()).stream().map(Sprint::name).toList());
        assertEquals(List.of("Sprint 46", "Sprint 48"),
                export.resolve(List.of("Sprint 48", " Sprint 46", "Sprint 48")).stream().map(Sprint::name).toList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> export.resolve(List.of("Sprint 9")));
        assertEquals("no sprint named \"Sprint 9\" (sprints: Sprint 44, Sprint 45, Sprint 46, Sprint 47, Sprint 48)",
                e.getMessage());
    }

    @Test
    void actualsAreThePlanAgainstActualComparisonAndTheStoredBillingLines() {
        WorkbookInput in = export.assemble(export.sprints(), ExportProgress.NONE, () -> false);
        assertTrue(in.actuals().splitAvailable());
        SprintActuals s46 = in.actuals().sprint(3);
        // Sprint 46 (2–13 Nov): Anthropic 120.50 + 410.25 + 33.33 (PAY-142) + 12.07 (GRO-210) + 8.88 (PAY-170, not
        // planned in Sprint 46) + 55.55 (unattributed); GitHub 6.00 Actions minutes (PAY-142, tooling: "actions_*") +
        // 2.50 Copilot AI credits (unattributed; tokens, as no tooling pattern matches them).
        assertEquals(0, new BigDecimal("649.08").compareTo(s46.total()), s46.total().toPlainString());
        assertEquals(0, new BigDecimal("58.05").compareTo(s46.unattributed()));
        EpicVariance pay142 = row(s46, "PAY-142");
        assertEquals(0, new BigDecimal("564.08").compareTo(pay142.actualTokens()));
        assertEquals(0, new BigDecimal("6.00").compareTo(pay142.actualTooling()));
        assertEquals(0, new BigDecimal("9358.5").compareTo(pay142.plannedTokens()), "T50 of PAY-142 in Sprint 46");
        assertEquals(0, new BigDecimal("400").compareTo(pay142.plannedTooling()));
        assertFalse(pay142.hasSplit(), "Anthropic's cost CSV has no token counts");
        assertNotNull(pay142.note());
        // A line nothing was billed to: all of its T50 is volume (fewer tokens than planned).
        EpicVariance pay151 = row(s46, "PAY-151");
        assertTrue(pay151.hasSplit());
        assertEquals(0, new BigDecimal("-981.75").compareTo(pay151.volume()));
        assertEquals(0, BigDecimal.ZERO.compareTo(pay151.mix()));
        assertEquals(0, BigDecimal.ZERO.compareTo(pay151.price()));
        EpicVariance pay170 = row(s46, "PAY-170");
        assertEquals(0, BigDecimal.ZERO.compareTo(pay170.plannedTokens()));
        assertEquals(0, new BigDecimal("8.88").compareTo(pay170.actualTokens()));
        assertEquals("billed to this epic, which is not planned in the sprint", pay170.note());
        EpicVariance none = s46.epics().get(s46.epics().size() - 1);
        assertTrue(none.unattributed());
        assertEquals(0, new BigDecimal("58.05").compareTo(none.actualTokens()), "Copilot AI credits are AI spend, not tooling");
        assertEquals(0, BigDecimal.ZERO.compareTo(none.actualTooling()));
        // Sprint 47: PLAT-301 250.00 tokens + 15.00 tooling (list; billed 10.00), PAY-163 99.99; unattributed 7.01 + 12.345.
        SprintActuals s47 = in.actuals().sprint(4);
        assertEquals(0, new BigDecimal("384.345").compareTo(s47.total()));
        assertEquals(0, new BigDecimal("19.355").compareTo(s47.unattributed()));
        ActualGroup actions = in.actuals().groups().stream()
                .filter(g -> g.sprintNumber() == 4 && "PLAT-301".equals(g.epicKey()) && g.category().equals(ActualGroup.TOOLING))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("15.00").compareTo(actions.effective()));
        assertEquals(0, new BigDecimal("10.00").compareTo(actions.billed()));
        // The Actuals sheet's groups add up to the comparison's sprint totals.
        for (SprintActuals s : in.actuals().sprints()) {
            BigDecimal groups = in.actuals().groups().stream().filter(g -> g.sprintNumber() == s.sprintNumber())
                    .map(ActualGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, groups.compareTo(s.total()), "sprint " + s.sprintNumber());
        }
        // Sprint 48 has no billing.
        assertEquals(0, BigDecimal.ZERO.compareTo(in.actuals().sprint(5).total()));
        // Unattributed by source: the API-key-less, workspace-tagged line shows its workspace.
        UnattributedGroup research = in.actuals().unattributed().stream().filter(g -> g.source().equals("Research"))
                .findFirst().orElseThrow();
        assertEquals("workspace", research.sourceKind());
        assertEquals("anthropic-cost-november.csv", research.file());
        assertEquals(0, new BigDecimal("55.55").compareTo(research.effective()));
    }

    private static EpicVariance row(SprintActuals s, String epic) {
        return s.epics().stream().filter(v -> epic.equals(v.epicKey())).findFirst().orElseThrow();
    }

    @Test
    void onlyTheChosenSprintsAreExportedAndNumberedInOrder() {
        WorkbookInput in = export.assemble(export.resolve(List.of("Sprint 47")), ExportProgress.NONE, () -> false);
        assertEquals(1, in.sprints().size());
        assertEquals(1, in.sprints().get(0).number());
        assertEquals(20, in.lineCount());
        assertEquals(0, new BigDecimal("384.345").compareTo(in.actuals().sprint(1).total()));
        assertTrue(in.actuals().groups().stream().allMatch(g -> g.sprintNumber() == 1));
    }

    @Test
    void reportsProgressAndACancelLeavesTheEarlierFileUntouched() throws Exception {
        Path target = dir.resolve("finance.xlsx");
        Files.writeString(target, "last week's workbook");
        AtomicInteger checks = new AtomicInteger();
        assertThrows(ExportCancelledException.class,
                () -> export.export(target, export.sprints(), ExportProgress.NONE, () -> checks.incrementAndGet() > 3));
        assertEquals("last week's workbook", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        List<String> steps = new ArrayList<>();
        FinanceExport.Result r = export.export(target, export.sprints(), (step, done, total) -> steps.add(step), () -> false);
        assertTrue(steps.contains("Saving the workbook"), steps.toString());
        assertEquals(Files.size(target), r.bytes());
        assertTrue(r.bytes() > 10_000);
    }
}
