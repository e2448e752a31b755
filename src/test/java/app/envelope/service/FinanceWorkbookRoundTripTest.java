package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.CostLine;
import app.envelope.domain.CostModel;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.LabourRate;
import app.envelope.domain.LineCost;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.PlanLine;
import app.envelope.domain.PriceBasis;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.SubsidyExposure;
import app.envelope.domain.Tier;
import app.envelope.domain.TierPricing;
import app.envelope.domain.TokenPrices;
import app.envelope.report.ExportProgress;
import app.envelope.store.SpendGroup;
import app.envelope.store.Store;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finance workbook read back with POI: every formula is evaluated by POI's evaluator and every
 * computed figure must equal Envelope's own (the cost model run on the same plan and rate card), to
 * the cent; then a price, a rate and an hour are changed in the workbook and everything must follow.
 */
class FinanceWorkbookRoundTripTest {
    private static final String VARIANCE = "Variance: actual − (T50 + U)";
    @TempDir
    Path dir;
    private Store store;
    private Path file;

    @BeforeEach
    void export() throws Exception {
        store = FinanceFixture.create(dir);
        file = dir.resolve("finance.xlsx");
        FinanceExport export = new FinanceExport(store, Clock.fixed(java.time.Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC));
        FinanceExport.Result r = export.export(file, export.sprints(), ExportProgress.NONE, () -> false);
        assertEquals(5, r.sprints(), "the demo's Sprints 44 to 47 and the fixture's Sprint 48");
        assertEquals(58, r.lines());
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Envelope's own figures for a rate card and plan: the cost model, sprint by sprint. */
    private record Model(RateCard card, Map<String, Sprint> sprints, Map<String, List<PlanLine>> lines) {
        static Model of(Store store) {
            Map<String, Sprint> sprints = store.portfolio().sprints().stream()
                    .collect(Collectors.toMap(Sprint::name, s -> s));
            Map<String, List<PlanLine>> lines = new HashMap<>();
            sprints.values().forEach(s -> lines.put(s.name(), store.portfolio().planLines(s.id())));
            return new Model(store.rateCard().load(), sprints, lines);
        }

        Pricing pricing(String sprint) {
            return card.asOf(sprints.get(sprint).start());
        }

        SprintEvaluation evaluation(String sprint) {
            return SprintEvaluation.evaluate(lines.get(sprint), pricing(sprint), sprints.get(sprint).budget());
        }
    }

    @Test
    void everyFormulaEvaluatesToEnvelopesOwnFigureToTheCent() throws Exception {
        Model model = Model.of(store);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            WorkbookCheck check = new WorkbookCheck(wb);
            checkAll(check, model, true);
            assertEquals(check.formulaCells(), check.checked, "every formula in the workbook is checked");
            assertTrue(check.checked > 1_000, "checked " + check.checked);
        }
    }

    @Test
    void changingAPriceARateAndAnHourInTheWorkbookRecomputesLikeEnvelope() throws Exception {
        Model before = Model.of(store);
        BigDecimal newOutput = new BigDecimal("13.5");
        BigDecimal newBlended = new BigDecimal("97.25");
        BigDecimal newHours = new BigDecimal("55.5");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            WorkbookCheck check = new WorkbookCheck(wb);
            Sheet a = check.sheet("Assumptions");
            // The Sprint 47 version of Sonnet's effective output price (Sprint 46 uses the older version).
            int priceHeader = findRow(a, "Model", "Vendor");
            Map<String, Integer> ph = WorkbookCheck.headers(a, priceHeader);
            Row sonnet = rowWhere(a, priceHeader + 1, r -> "claude-sonnet-4-5".equals(WorkbookCheck.text(r, 0))
                    && LocalDate.of(2026, 11, 16).equals(date(r.getCell(ph.get("Valid from")))));
            sonnet.getCell(ph.get("Effective output")).setCellValue(newOutput.doubleValue());
            int labourHeader = findRow(a, "Role", "Valid from");
            Row blended = rowWhere(a, labourHeader + 1, r -> "blended".equals(WorkbookCheck.text(r, 0)));
            blended.getCell(3).setCellValue(newBlended.doubleValue());
            Sheet e = check.sheet("Epics");
            Map<String, Integer> eh = WorkbookCheck.headers(e, 1);
            Row pay151 = rowWhere(e, 2, r -> "Sprint 46".equals(WorkbookCheck.text(r, eh.get("Sprint")))
                    && "PAY-151".equals(WorkbookCheck.text(r, eh.get("Epic"))));
            pay151.getCell(eh.get("Labour hours")).setCellValue(newHours.doubleValue());
            check.recalculate();

            RateCard card = before.card();
            List<ModelPrice> prices = new ArrayList<>();
            for (ModelPrice p : card.prices()) {
                if (p.modelId().equals("claude-sonnet-4-5") && p.validFrom().equals(LocalDate.of(2026, 11, 16))) {
                    TokenPrices eff = p.effective();
                    p = new ModelPrice(p.modelId(), p.validFrom(), p.book(),
                            new TokenPrices(eff.input(), newOutput, eff.cacheRead(), eff.cacheWrite()), p.asOf(), p.source());
                }
                prices.add(p);
            }
            List<LabourRate> rates = card.labourRates().stream().map(r -> r.role().equals(LabourRate.BLENDED)
                    ? new LabourRate(r.role(), r.validFrom(), newBlended) : r).toList();
            RateCard changed = new RateCard(card.currency(), card.models(), prices, card.tierModels(), card.tierMixes(),
                    card.envelopes(), card.efforts(), rates, card.fxRates(), card.tooling());
            Map<String, List<PlanLine>> lines = new HashMap<>(before.lines());
            lines.put("Sprint 46", lines.get("Sprint 46").stream().map(l -> l.epicKey().equals("PAY-151")
                    ? l.toBuilder().labourHours(newHours).build() : l).toList());
            Model after = new Model(changed, before.sprints(), lines);
            for (String s : List.of("Sprint 46", "Sprint 47", "Sprint 48")) {
                assertNotEquals(0, before.evaluation(s).totals().cost().compareTo(after.evaluation(s).totals().cost()),
                        s + "'s planned cost must change, or this test proves nothing");
            }
            checkAll(check, after, false);
            assertEquals(check.formulaCells(), check.checked);
        }
    }

    /** @param asExported whether the workbook's inputs are as exported (the variance split is a value: it does not recompute) */
    private void checkAll(WorkbookCheck check, Model model, boolean asExported) {
        checkEpics(check, model);
        checkSummary(check, model);
        checkAssumptions(check, model);
        checkVariance(check, model, asExported);
        checkActuals(check);
        assertEquals(0, formulasIn(check, "Unattributed"), "the Unattributed sheet holds no formulas");
    }

    private void checkEpics(WorkbookCheck check, Model model) {
        Sheet sheet = check.sheet("Epics");
        Map<String, Integer> h = WorkbookCheck.headers(sheet, 1);
        Map<Integer, String> names = WorkbookCheck.byIndex(h);
        int rows = 0;
        for (int i = 2; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            String sprint = WorkbookCheck.text(r, h.get("Sprint"));
            String epic = WorkbookCheck.text(r, h.get("Epic"));
            Pricing pricing = model.pricing(sprint);
            CostLine cl = model.evaluation(sprint).lines().stream().filter(c -> c.line().epicKey().equals(epic))
                    .findFirst().orElseThrow();
            LineCost c = cl.cost();
            LineCost book = CostModel.cost(cl.line(), pricing, PriceBasis.BOOK);
            Map<String, Object> expected = new HashMap<>();
            expected.put("Effort multiplier", pricing.effortMultiplier(cl.line().effort()));
            expected.put("Tokens P50", c.tokensP50());
            expected.put("Tokens P90", c.tokensP90());
            expected.put("Model", pricing.tier(cl.line().tier()).model().id());
            expected.put("Blended price per M tokens", c.blendedPrice());
            expected.put("Token cost T50", c.t50());
            expected.put("Token cost T90", c.t90());
            expected.put("Labour rate", c.labourRate());
            expected.put("Labour L", c.labour());
            expected.put("Risk reserve R", c.risk());
            expected.put("Planned cost C", c.cost());
            expected.put("Value density Y / C", c.valueDensity() == null ? "–" : c.valueDensity());
            expected.put("Net value Y − C", c.netValue());
            expected.put("Headroom Z − C", c.headroom());
            expected.put("Token envelope Z − L − U − R", c.tokenEnvelope());
            expected.put("Fit", c.fit().label());
            expected.put("Flags", flags(c));
            expected.put("Blended book price per M", book.blendedPrice());
            expected.put("T50 at book", book.t50());
            expected.put("R at book", book.risk());
            expected.put("C at book", book.cost());
            expected.put("Fit at book", book.fit().label());
            expected.put("Subsidised (fit worse at book)", cl.subsidised() ? "yes" : "no");
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String col = names.get(cell.getColumnIndex());
                    check.expect(cell, expected.get(col), sprint + " " + epic + " " + col);
                }
            }
            rows++;
        }
        assertEquals(model.lines().values().stream().mapToInt(List::size).sum(), rows);
    }

    static String flags(LineCost c) {
        List<String> f = new ArrayList<>();
        if (c.has(Flag.STARVED)) {
            f.add("starved");
        }
        if (c.has(Flag.OVER_POWERED)) {
            f.add("over-powered");
        }
        return String.join(", ", f);
    }

    private void checkSummary(WorkbookCheck check, Model model) {
        Sheet sheet = check.sheet("Summary");
        Map<String, Integer> h = WorkbookCheck.headers(sheet, 3);
        Map<Integer, String> names = WorkbookCheck.byIndex(h);
        Map<String, BigDecimal> spend = store.billing().spend(null, SpendGroup.By.SPRINT).stream()
                .collect(Collectors.toMap(SpendGroup::key, SpendGroup::effective));
        BigDecimal unattributedAll = store.billing().spend(null, SpendGroup.By.EPIC).stream()
                .filter(g -> g.key().equals(SpendGroup.UNATTRIBUTED)).map(SpendGroup::effective).findFirst().orElseThrow();
        CategoryTotals all = CategoryTotals.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal actualAll = BigDecimal.ZERO;
        BigDecimal closedVariance = BigDecimal.ZERO;
        int openSprints = 0;
        int lines = 0;
        int subsidised = 0;
        long[] fits = new long[3];
        boolean total = false;
        for (int i = 4; !total; i++) {
            Row r = sheet.getRow(i);
            String sprint = WorkbookCheck.text(r, h.get("Sprint"));
            Map<String, Object> expected = new HashMap<>();
            if (!"Total".equals(sprint)) {
                SprintEvaluation e = model.evaluation(sprint);
                CategoryTotals t = e.totals();
                BigDecimal actual = spend.getOrDefault(sprint, BigDecimal.ZERO);
                WorkbookCheck.assertClose(actual, WorkbookCheck.number(r.getCell(h.get("Actual spend"))),
                        sprint + " actual spend = the store's spend in the sprint");
                WorkbookCheck.assertClose(unattributed(sprint), WorkbookCheck.number(r.getCell(h.get("of which unattributed"))),
                        sprint + " unattributed");
                sprintExpectations(expected, e.lines().size(), t, actual, e.subsidy(), e.count(Fit.GREEN),
                        e.count(Fit.AMBER), e.count(Fit.RED));
                if (store.portfolio().sprint(sprint).orElseThrow().status() == SprintStatus.CLOSED) {
                    closedVariance = closedVariance.add(actual.subtract(t.tokens()).subtract(t.tooling()));
                } else {
                    expected.put(VARIANCE, "–");
                    openSprints++;
                }
                all = new CategoryTotals(all.labour().add(t.labour()), all.tokens().add(t.tokens()),
                        all.tooling().add(t.tooling()), all.risk().add(t.risk()), all.cost().add(t.cost()),
                        all.value().add(t.value()), all.willingness().add(t.willingness()));
                budget = budget.add(e.budget());
                actualAll = actualAll.add(actual);
                lines += e.lines().size();
                subsidised += e.subsidy().linesAffected();
                for (Fit f : Fit.values()) {
                    fits[f.ordinal()] += e.count(f);
                }
            } else {
                total = true;
                sprintExpectations(expected, lines, all, actualAll, SubsidyExposure.of(subsidised, lines), fits[0], fits[1],
                        fits[2]);
                expected.put("Budget B", budget);
                expected.put("of which unattributed", unattributedAll);
                expected.put(VARIANCE, closedVariance);
                assertTrue(openSprints > 0, "the demo has an open sprint, whose variance reads –");
            }
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String col = names.get(cell.getColumnIndex());
                    check.expect(cell, expected.get(col), "Summary " + sprint + " " + col);
                }
            }
        }
    }

    private BigDecimal unattributed(String sprintName) {
        long id = store.portfolio().sprint(sprintName).orElseThrow().id();
        BigDecimal[] sum = {BigDecimal.ZERO};
        store.billing().forEachLine(null, l -> {
            if (l.epicKey() == null && l.sprintId() != null && l.sprintId() == id) {
                sum[0] = sum[0].add(l.effectiveInPortfolio());
            }
        });
        return sum[0];
    }

    private static void sprintExpectations(Map<String, Object> x, int lines, CategoryTotals t, BigDecimal actual,
                                           SubsidyExposure subsidy, long green, long amber, long red) {
        x.put("Plan lines", BigDecimal.valueOf(lines));
        x.put("Value Y", t.value());
        x.put("Labour L", t.labour());
        x.put("Tokens T50", t.tokens());
        x.put("Tooling U", t.tooling());
        x.put("Risk reserve R", t.risk());
        x.put("Planned cost C", t.cost());
        x.put("Net value Y − C", t.netValue());
        x.put("Return Y / C", t.cost().signum() == 0 ? "–" : t.value().divide(t.cost(), MathContext.DECIMAL64));
        x.put("Actual spend", actual);
        x.put(VARIANCE, actual.subtract(t.tokens()).subtract(t.tooling()));
        x.put("Subsidy exposure", subsidy.share());
        x.put("Green", BigDecimal.valueOf(green));
        x.put("Amber", BigDecimal.valueOf(amber));
        x.put("Red", BigDecimal.valueOf(red));
    }

    private void checkAssumptions(WorkbookCheck check, Model model) {
        Sheet sheet = check.sheet("Assumptions");
        int header = findRow(sheet, "Priced on", "Tier");
        Map<Integer, String> names = WorkbookCheck.byIndex(WorkbookCheck.headers(sheet, header));
        int rows = 0;
        for (int i = header + 1; sheet.getRow(i) != null && sheet.getRow(i).getCell(0) != null; i++) {
            Row r = sheet.getRow(i);
            LocalDate date = date(r.getCell(0));
            Tier tier = Tier.parse(WorkbookCheck.text(r, 1));
            TierPricing tp = model.card().asOf(date).tier(tier);
            Map<String, Object> x = new HashMap<>();
            x.put("Model", tp.model().id());
            x.put("Input share", tp.mix().input());
            x.put("Output share", tp.mix().output());
            x.put("Cache-read share", tp.mix().cacheRead());
            x.put("Cache-write share", tp.mix().cacheWrite());
            prices(x, "Effective", tp.price().effective());
            prices(x, "Book", tp.price().book());
            x.put("Blended effective", tp.blendedEffective());
            x.put("Blended book", tp.blendedBook());
            x.put("Lookup key (date|tier)", ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date) + "|" + tier.label());
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    String col = names.get(cell.getColumnIndex());
                    check.expect(cell, x.get(col), "Assumptions " + date + " " + tier.label() + " " + col);
                }
            }
            rows++;
        }
        assertEquals(model.sprints().size() * 3, rows, "each sprint starts on its own pricing date, three tiers each");
        for (int i = 0; i < header; i++) {
            Row r = sheet.getRow(i);
            if (r != null) {
                r.forEach(c -> assertTrue(c.getCellType() != CellType.FORMULA, "no formula above the pricing table"));
            }
        }
    }

    private static void prices(Map<String, Object> x, String basis, TokenPrices p) {
        x.put(basis + " input", p.input());
        x.put(basis + " output", p.output());
        x.put(basis + " cache read", p.cacheRead());
        x.put(basis + " cache write", p.cacheWrite());
    }

    private void checkVariance(WorkbookCheck check, Model model, boolean asExported) {
        Sheet sheet = check.sheet("Variance");
        Map<String, Integer> h = WorkbookCheck.headers(sheet, 1);
        Map<Integer, String> names = WorkbookCheck.byIndex(h);
        Map<String, BigDecimal> billedByEpic = new HashMap<>();
        int splits = 0;
        int missing = 0;
        for (int i = 2; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            String sprint = WorkbookCheck.text(r, h.get("Sprint"));
            String epic = WorkbookCheck.text(r, h.get("Epic"));
            List<CostLine> planned = model.evaluation(sprint).lines().stream()
                    .filter(c -> c.line().epicKey().equals(epic)).toList();
            BigDecimal t50 = planned.stream().map(c -> c.cost().t50()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal u = planned.stream().map(c -> c.cost().tooling()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actualTokens = WorkbookCheck.number(r.getCell(h.get("Actual tokens")));
            BigDecimal actualTooling = WorkbookCheck.number(r.getCell(h.get("Actual tooling")));
            billedByEpic.merge(epic, actualTokens.add(actualTooling), BigDecimal::add);
            Cell volume = r.getCell(h.get("of which volume"));
            if (volume.getCellType() == CellType.NUMERIC && asExported) {
                BigDecimal split = WorkbookCheck.number(volume).add(WorkbookCheck.number(r.getCell(h.get("of which mix"))))
                        .add(WorkbookCheck.number(r.getCell(h.get("of which price"))));
                BigDecimal variance = new BigDecimal(check.ev.evaluate(r.getCell(h.get("Token variance (actual − plan)")))
                        .getNumberValue());
                WorkbookCheck.assertClose(split, variance, "volume + mix + price = token variance, " + sprint + " " + epic);
                splits++;
            } else if (volume.getCellType() != CellType.NUMERIC) {
                assertEquals("n/a", WorkbookCheck.text(r, h.get("of which volume")));
                assertTrue(!WorkbookCheck.text(r, h.get("Note")).isBlank(), "a row without a split says why");
                missing++;
            }
            Map<String, Object> x = new HashMap<>();
            x.put("Planned tokens T50", t50);
            x.put("Token variance (actual − plan)", actualTokens.subtract(t50));
            x.put("Planned tooling U", u);
            x.put("Tooling variance", actualTooling.subtract(u));
            for (Cell cell : r) {
                if (cell.getCellType() == CellType.FORMULA) {
                    check.expect(cell, x.get(names.get(cell.getColumnIndex())), "Variance " + sprint + " " + epic);
                }
            }
        }
        assertTrue((splits > 0 || !asExported) && missing > 0, splits + " rows with a split, " + missing + " without");
        // Actuals per epic over the sprints add up to what the store holds per epic.
        for (SpendGroup g : store.billing().spend(null, SpendGroup.By.EPIC)) {
            String key = g.key().equals(SpendGroup.UNATTRIBUTED) ? "(unattributed)" : g.key();
            WorkbookCheck.assertClose(g.effective(), billedByEpic.get(key), key);
        }
        WorkbookCheck.assertClose(new BigDecimal("570.08"), billedByEpic.get("PAY-142"), "120.50 + 410.25 + 33.33 + 6.00");
    }

    private void checkActuals(WorkbookCheck check) {
        Sheet sheet = check.sheet("Actuals");
        Map<String, Integer> h = WorkbookCheck.headers(sheet, 1);
        BigDecimal effective = BigDecimal.ZERO;
        for (int i = 2; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            BigDecimal list = WorkbookCheck.number(r.getCell(h.get("List cost")));
            BigDecimal eff = WorkbookCheck.number(r.getCell(h.get("Effective cost")));
            effective = effective.add(eff);
            check.expect(r.getCell(h.get("Discount (list − effective)")), list == null ? "" : list.subtract(eff),
                    "Actuals discount row " + (i + 1));
        }
        BigDecimal stored = store.billing().spend(null, SpendGroup.By.SPRINT).stream().map(SpendGroup::effective)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        WorkbookCheck.assertClose(stored, effective, "the Actuals sheet adds up to the store's spend");
    }

    private static int formulasIn(WorkbookCheck check, String sheet) {
        int n = 0;
        for (Row r : check.sheet(sheet)) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.FORMULA) {
                    n++;
                }
            }
        }
        return n;
    }

    static int findRow(Sheet s, String first, String second) {
        for (Row r : s) {
            if (first.equals(WorkbookCheck.text(r, 0)) && second.equals(WorkbookCheck.text(r, 1))) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no header " + first + ", " + second + " on " + s.getSheetName());
    }

    static Row rowWhere(Sheet s, int from, java.util.function.Predicate<Row> p) {
        for (int i = from; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (r != null && p.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no such row on " + s.getSheetName());
    }

    static LocalDate date(Cell c) {
        return c.getLocalDateTimeCellValue().toLocalDate();
    }
}
