package app.envelope.ui.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.attribution.RuleOperator;
import app.envelope.billing.mapping.CanonicalField;
import app.envelope.billing.parse.DecimalStyle;
import app.envelope.service.StoredMappings;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.actuals.ActualsViewModel.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Actuals view model without a toolkit, on the demo portfolio in a real H2 file. Figures of
 * {@code github-usage-2026-11.csv} worked by hand: 81 rows, one with cost "n/a"; list = effective
 * = $967.60, billed $941.76; repositories payments-api $126.60, payments-ledger $125.40, growth-web
 * $124.20, growth-experiments $123.00, platform-ci $211.80, acme-PLAT-309-build-cache $136.60 (net
 * $122.94), copilot without a repository $120.00; 16 lines on 2026-11-14 and -11-30 ($171.92)
 * are in no sprint (the 8 lines of 2026-10-30 fall in the demo's Sprint 45, 10-19..30); Sprint 46 (11-02..13) holds 32 lines, $392.80, of which PLAT-309 $47.60.
 */
class ActualsViewModelTest {
    @TempDir
    Path dir;
    private Store store;
    private ActualsViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        vm = new ActualsViewModel(ActualsFixtures.service(store), BackgroundTasks.IMMEDIATE, System::nanoTime, ZoneOffset.UTC);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private long storedLines() {
        AtomicLong n = new AtomicLong();
        store.billing().forEachLine(null, l -> n.incrementAndGet());
        return n.get();
    }

    @Test
    void startsEmptyOnTheLastClosedSprint() {
        assertEquals(Stage.EMPTY, vm.stageProperty().get());
        assertTrue(vm.stored().rows().isEmpty());
        assertEquals("Sprint 46", vm.sprint().selectedProperty().get().name());
        assertEquals("$0.00", vm.sprint().totalProperty().get());
        assertEquals("Nothing imported yet", vm.sprint().outsideProperty().get());
    }

    @Test
    void previewsAFileWithItsTotalsBeforeAnythingIsStored() {
        vm.open(ActualsFixtures.fixture("github-usage-2026-11.csv"));
        assertEquals(Stage.PREVIEW, vm.stageProperty().get());
        assertEquals("GitHub detailed usage report", vm.formatTextProperty().get());
        assertEquals(20, vm.preview().rows().size());
        PreviewRow first = vm.preview().rows().get(0);
        assertEquals("2026-10-30", first.date());
        assertEquals("6.3", first.effective());
        assertEquals("repo payments-api · cost center Payments", first.work(), "the work, never the user");
        assertEquals("81 read · 80 to import · 1 rejected", vm.preview().countsProperty().get());
        assertEquals("$967.60", vm.preview().listProperty().get());
        assertEquals("$967.60", vm.preview().effectiveProperty().get());
        assertEquals("$941.76", vm.preview().billedProperty().get());
        assertEquals("USD", vm.preview().currencyProperty().get());
        assertTrue(vm.preview().notesProperty().get().contains("16 lines outside any sprint"), vm.preview().notesProperty().get());
        assertEquals("", vm.preview().warningProperty().get());
        assertTrue(vm.preview().canImportProperty().get());
        assertTrue(vm.rejected().canSaveProperty().get(), "rejected rows can be saved before importing");
        assertEquals(0, storedLines());
        assertTrue(vm.stored().rows().isEmpty());

        vm.cancel();
        assertEquals(Stage.EMPTY, vm.stageProperty().get());
        assertNull(vm.fileProperty().get());
        assertEquals(0, storedLines());
        assertTrue(vm.statusProperty().get().contains("nothing was stored"), vm.statusProperty().get());
    }

    @Test
    void importsAndShowsTotalsSpendByEpicUnattributedAndOutsideAnySprint() throws Exception {
        vm.open(ActualsFixtures.fixture("github-usage-2026-11.csv"));
        vm.importFile();

        assertEquals(Stage.RESULT, vm.stageProperty().get(), vm.problemProperty().get());
        assertEquals(80, storedLines());
        assertEquals("81", vm.result().rowsReadProperty().get());
        assertEquals("80", vm.result().rowsImportedProperty().get());
        assertEquals("1", vm.result().rowsRejectedProperty().get());
        assertEquals("$967.60", vm.result().totalListProperty().get());
        assertEquals("$967.60", vm.result().totalEffectiveProperty().get());
        assertEquals("$941.76", vm.result().totalBilledProperty().get());
        assertEquals("No conversion: every line is in USD, the portfolio currency", vm.result().fxTextProperty().get());
        assertTrue(vm.progress().textProperty().get().matches("81 rows read · [0-9,]+ rows/s"), vm.progress().textProperty().get());
        // No rules yet: only the epic key in a repository name attributes (PLAT-309).
        assertEquals(1, vm.result().byEpic().size());
        assertEquals("PLAT-309", vm.result().byEpic().get(0).key());
        assertEquals("$136.60", vm.result().byEpic().get(0).effective());
        assertEquals("14.1%", vm.result().byEpic().get(0).share());
        assertEquals("$831.00 in 70 lines (85.9% of the spend) matched no rule", vm.result().unattributedProperty().get());
        // Largest sources first, by the work they paid for: platform-ci splits into copilot $121.80 and actions $90.00.
        assertEquals(List.of("GitHub · copilot · repository payments-api", "GitHub · copilot · repository payments-ledger",
                "GitHub · copilot · repository growth-web", "GitHub · copilot · repository growth-experiments",
                "GitHub · copilot · repository platform-ci"), vm.result().unattributedSources().stream().map(SpendRow::key).toList());
        assertEquals("$126.60", vm.result().unattributedSources().get(0).effective());
        assertEquals("15.2%", vm.result().unattributedSources().get(0).share());
        assertEquals("+ 2 more sources: $210.00", vm.result().moreSourcesProperty().get());
        List<String> all = store.billing().spend(null, app.envelope.store.SpendGroup.By.UNATTRIBUTED_SOURCE).stream()
                .map(app.envelope.store.SpendGroup::key).toList();
        assertTrue(all.contains("GitHub · copilot · cost center Payments"), all.toString());
        assertTrue(all.contains("GitHub · actions · repository platform-ci"), all.toString());
        for (String key : all) {
            for (String user : List.of("mona", "octocat", "hubot", "dev-a", "dev-b")) {
                assertFalse(key.contains(user), "no person in " + key);
            }
        }
        assertEquals("$171.92 in 16 lines charged 2026-11-14 – 2026-11-30, in no sprint's dates (kept, never dropped)",
                vm.result().outsideSprintsProperty().get());
        assertEquals(1, vm.stored().rows().size());
        BatchRow b = vm.stored().rows().get(0);
        assertEquals("github-usage-2026-11.csv", b.file());
        assertEquals("80", b.rows());
        assertEquals("$967.60", b.effective());
        // The sprint summary follows the import.
        assertEquals("$392.80", vm.sprint().totalProperty().get());
        assertEquals("$47.60 · 1 epic", vm.sprint().attributedProperty().get());
        assertEquals("$345.20 · 87.9%", vm.sprint().unattributedProperty().get());

        Path rejected = dir.resolve("rejected.csv");
        vm.saveRejected(rejected);
        List<String> csv = Files.readAllLines(rejected, StandardCharsets.UTF_8);
        assertEquals(2, csv.size());
        assertTrue(csv.get(0).endsWith(",row,reason"), csv.get(0));
        assertTrue(csv.get(1).startsWith("2026-11-10,copilot,coding_agent_premium_request,10,requests,0.04,n/a,"), csv.get(1));
        assertTrue(csv.get(1).contains(",21,"), csv.get(1));
        assertTrue(csv.get(1).contains("n/a"), csv.get(1));

        // The same file again is refused before anything is stored.
        vm.open(ActualsFixtures.fixture("github-usage-2026-11.csv"));
        assertTrue(vm.preview().warningProperty().get().startsWith("This file was already imported as batch #"),
                vm.preview().warningProperty().get());
        assertFalse(vm.preview().canImportProperty().get());
        vm.cancel();

        // Deleting the batch is the undo of the import.
        vm.deleteBatch(vm.stored().rows().get(0));
        assertEquals(0, storedLines());
        assertTrue(vm.stored().rows().isEmpty());
        assertEquals(Stage.EMPTY, vm.stageProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Deleted batch #"), vm.statusProperty().get());
        assertEquals("$0.00", vm.sprint().totalProperty().get());
    }

    @Test
    void cancellingAnImportStoresNothing() throws Exception {
        Path file = ActualsFixtures.bigGithubFile(dir.resolve("big.csv"), 10_000);
        vm.open(file);
        assertEquals("10,001 read · 10,000 to import · 1 rejected", vm.preview().countsProperty().get());
        assertEquals("$2,500.00", vm.preview().effectiveProperty().get());
        assertEquals("$2,000.00", vm.preview().billedProperty().get());
        // 714 cycles of 14 days hold 2 days outside any sprint each: 1,428 lines.
        assertTrue(vm.preview().notesProperty().get().contains("1,428 lines outside any sprint"), vm.preview().notesProperty().get());
        // Cancel at the first progress report (4,096 rows); the reader stops at its next check.
        vm.progress().textProperty().addListener((o, a, text) -> {
            if (vm.stageProperty().get() == Stage.IMPORTING && text.startsWith("4,096 rows read")) {
                vm.cancel();
            }
        });
        vm.importFile();
        assertEquals(Stage.PREVIEW, vm.stageProperty().get());
        assertEquals("Import cancelled after 8,192 rows; nothing was stored", vm.statusProperty().get());
        assertEquals(0, storedLines());
        assertTrue(store.billing().batches().isEmpty());
        assertTrue(vm.stored().rows().isEmpty());
    }

    @Test
    void rowsPerSecond() {
        assertEquals(162, ReadProgress.perSecond(81, 500_000_000L));
        assertEquals(1_000_000, ReadProgress.perSecond(2_000_000, 2_000_000_000L));
        assertEquals(0, ReadProgress.perSecond(10, 0));
    }

    @Test
    void anUnknownHeaderOpensTheMappingDialogAndTheSavedMappingIsRecognisedNextTime() {
        Path file = ActualsFixtures.fixture("gateway-spend-eur.csv");
        vm.open(file);
        assertEquals(Stage.NEEDS_MAPPING, vm.stageProperty().get());
        assertEquals("unknown format — map the columns", vm.formatTextProperty().get());
        ColumnMappingViewModel m = vm.mappingRequestProperty().get();
        assertNotNull(m, "the mapping dialog is requested");
        // Columns guessed from their names.
        assertEquals("Booked", m.field(CanonicalField.DATE).columnProperty().get());
        assertEquals("Net amount", m.field(CanonicalField.EFFECTIVE_COST).columnProperty().get());
        assertEquals("Provider", m.field(CanonicalField.VENDOR).columnProperty().get());
        assertEquals("Ccy", m.field(CanonicalField.CURRENCY).columnProperty().get());
        assertEquals("Repo", m.field(CanonicalField.REPOSITORY).columnProperty().get());
        assertEquals("Key name", m.field(CanonicalField.API_KEY_NAME).columnProperty().get());
        assertEquals(ColumnMappingViewModel.NONE, m.field(CanonicalField.USER).columnProperty().get());
        assertEquals("03.11.2026", m.field(CanonicalField.DATE).exampleProperty().get());
        assertTrue(m.field(CanonicalField.DATE).required());
        // Day-first dates are not read without the hint: every row is rejected, with its reason.
        assertTrue(m.previewRows().isEmpty());
        assertEquals("row 1: date \"03.11.2026\" is not a date (column Booked)", m.rowErrors().get(0));
        assertFalse(m.canSaveProperty().get(), "a mapping that reads no row is not saved");
        assertTrue(m.problemProperty().get().startsWith("No row of the first 8 can be read this way"),
                m.problemProperty().get());

        m.datePatternProperty().set("dd.MM.yyyy");
        m.decimalStyleProperty().set(DecimalStyle.COMMA);
        assertEquals(7, m.previewRows().size());
        assertEquals("1204.3", m.previewRows().get(2).effective());
        assertEquals(List.of("row 5: cost \"n/a\" is not a number (column Net amount)"), m.rowErrors());
        assertTrue(m.canSaveProperty().get());
        assertEquals("", m.problemProperty().get());

        m.nameProperty().set("");
        assertFalse(m.canSaveProperty().get());
        assertEquals("Give the mapping a name to save it", m.problemProperty().get());
        m.field(CanonicalField.EFFECTIVE_COST).columnProperty().set(ColumnMappingViewModel.NONE);
        m.nameProperty().set("Gateway spend");
        assertFalse(m.canSaveProperty().get());
        assertEquals("a column mapping needs the cost column", m.problemProperty().get());
        m.field(CanonicalField.EFFECTIVE_COST).columnProperty().set("Net amount");
        assertTrue(m.canSaveProperty().get());

        m.save();
        assertTrue(m.savedProperty().get());
        assertNull(vm.mappingRequestProperty().get(), "the dialog closes");
        // The import proceeds: the file is now read through the saved mapping.
        assertEquals(Stage.PREVIEW, vm.stageProperty().get());
        assertEquals("Gateway spend (saved column mapping)", vm.formatTextProperty().get());
        assertTrue(vm.customFormatProperty().get());
        assertEquals("8 read · 7 to import · 1 rejected", vm.preview().countsProperty().get());
        assertEquals("€1,590.80", vm.preview().effectiveProperty().get());
        assertEquals(Figures.NOT_IN_FILE, vm.preview().listProperty().get());
        assertEquals(Figures.NOT_IN_FILE, vm.preview().billedProperty().get());
        assertEquals("EUR", vm.preview().currencyProperty().get());
        assertTrue(vm.preview().notesProperty().get().startsWith("FX: EUR→USD 1.0850 from 2026-10-01"), vm.preview().notesProperty().get());

        vm.importFile();
        assertEquals(Stage.RESULT, vm.stageProperty().get(), vm.problemProperty().get());
        assertEquals("€1,590.80", vm.result().totalEffectiveProperty().get());
        assertEquals(Figures.NOT_IN_FILE, vm.result().totalListProperty().get());
        assertEquals("Converted into USD at EUR→USD 1.0850 from 2026-10-01 (7 lines)", vm.result().fxTextProperty().get());
        // 1,590.80 EUR x 1.0850 = 1,726.018 USD; pay-142-agent names PAY-142: 1,216.80 EUR = 1,320.228 USD.
        assertEquals("PAY-142", vm.result().byEpic().get(0).key());
        assertEquals("$1,320.23", vm.result().byEpic().get(0).effective());

        // Next time (another session, the CLI) the header is recognised from the database.
        assertTrue(new StoredMappings(store.columnMappings()).findByHeader(ActualsFixtures.GATEWAY_HEADER).isPresent());
    }

    @Test
    void theRulesEditorValidatesInlineAndReattributesStoredLines() {
        vm.open(ActualsFixtures.fixture("github-usage-2026-11.csv"));
        vm.importFile();
        RulesViewModel rules = vm.rules();
        assertTrue(rules.rules().isEmpty());
        assertEquals(EpicKeyOption.AFTER_RULES, rules.optionProperty().get());
        assertTrue(rules.fieldChoices().contains("repository"));
        assertTrue(rules.epicChoices().contains("PAY-142"));

        RuleRow payments = rules.add();
        payments.operatorProperty().set(RuleOperator.GLOB);
        payments.valueProperty().set("payments-*");
        payments.epicProperty().set("PAY-999");
        assertEquals("unknown epic \"PAY-999\"; choose one of the portfolio's epics", payments.problemProperty().get());
        payments.epicProperty().set("pay-142");
        assertEquals("", payments.problemProperty().get());

        RuleRow growth = rules.add();
        growth.fieldProperty().set("repository");
        growth.operatorProperty().set(RuleOperator.REGEX);
        growth.valueProperty().set("growth-(web");
        growth.epicProperty().set("GRO-214");
        assertTrue(growth.problemProperty().get().contains("is not a valid regular expression"),
                growth.problemProperty().get());
        assertFalse(rules.allValidProperty().get());
        rules.apply();
        assertTrue(rules.problemProperty().get().startsWith("Fix the rules marked in red first: rule 2:"),
                rules.problemProperty().get());
        growth.valueProperty().set("growth-.*");
        RuleRow bad = rules.add();
        bad.fieldProperty().set("colour");
        bad.valueProperty().set("x");
        bad.epicProperty().set("GRO-214");
        assertTrue(bad.problemProperty().get().startsWith("unknown rule field \"colour\""), bad.problemProperty().get());
        rules.remove(bad);
        assertTrue(rules.allValidProperty().get());
        rules.moveUp(growth);
        assertEquals(growth, rules.rules().get(0));
        assertTrue(rules.dirtyProperty().get());

        rules.apply();
        assertEquals("Applied 2 rules: 40 lines changed epic", rules.statusProperty().get());
        assertFalse(rules.dirtyProperty().get());
        // The result shown follows without importing again.
        assertEquals(List.of("PAY-142", "GRO-214", "PLAT-309"), vm.result().byEpic().stream().map(SpendRow::key).toList());
        assertEquals("$252.00", vm.result().byEpic().get(0).effective());
        assertEquals("$247.20", vm.result().byEpic().get(1).effective());
        assertEquals("$331.80 in 30 lines (34.3% of the spend) matched no rule", vm.result().unattributedProperty().get());

        // Stored: a new editor reads them back in order.
        RulesViewModel again = new RulesViewModel(ActualsFixtures.service(store), BackgroundTasks.IMMEDIATE);
        again.load();
        assertEquals(List.of("repository regex growth-.* GRO-214", "repository glob payments-* PAY-142"),
                again.rules().stream().map(r -> r.fieldProperty().get() + " " + r.operatorProperty().get().name()
                        .toLowerCase() + " " + r.valueProperty().get() + " " + r.epicProperty().get()).toList());
    }
}
