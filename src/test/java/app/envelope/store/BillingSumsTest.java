package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.envelope.domain.BillingLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.BillingRepository.Summary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store answers spend queries from sums kept per batch (V7); they must be exactly what
 * {@link ReferenceSpend} totals line by line, for hand-worked and random lines, and after the lines are
 * re-attributed.
 */
class BillingSumsTest {
    @TempDir
    java.nio.file.Path dir;
    private Store store;
    private Map<Long, String> sprintNames;
    private long sprint46;
    private long sprint47;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        sprintNames = new HashMap<>();
        for (Sprint s : store.portfolio().sprints()) sprintNames.put(s.id(), s.name());
        sprint46 = store.portfolio().sprint("Sprint 46").orElseThrow().id();
        sprint47 = store.portfolio().sprint("Sprint 47").orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static BillingLine line(long row, String vendor, String product, String list, String effective, String billed,
                                    String currency, WorkTags tags) {
        return new BillingLine(row, LocalDate.of(2026, 11, 3), vendor, product, null, null, null, null, null, null,
                list == null ? null : new BigDecimal(list), new BigDecimal(effective),
                billed == null ? null : new BigDecimal(billed), currency, tags);
    }

    private static WorkTags tags(String repository, String project, String user) {
        return new WorkTags(project, repository, null, null, null, user, Map.of(), Map.of());
    }

    private static BillingLine randomLine(Random random, long row, String list, String effective, String billed,
                                          String currency) {
        String[] names = {null, null, "alpha", "beta"};
        WorkTags tags = new WorkTags(names[random.nextInt(4)], names[random.nextInt(4)], names[random.nextInt(4)],
                names[random.nextInt(4)], names[random.nextInt(4)], names[random.nextInt(4)], Map.of(), Map.of());
        return new BillingLine(row, LocalDate.of(2026, 10, 20).plusDays(random.nextInt(50)),
                random.nextBoolean() ? "GitHub" : "OpenAI", names[random.nextInt(4)], names[random.nextInt(4)],
                names[random.nextInt(4)], null, null, null, null, list == null ? null : new BigDecimal(list),
                new BigDecimal(effective), billed == null ? null : new BigDecimal(billed), currency, tags);
    }

    private Batch store(String sha, List<StoredLine> lines) {
        return store.billing().importBatch("f.csv", sha, sink -> {
            lines.forEach(sink);
            return new Summary("test", "Test", lines.size(), lines.size(), 0, null, BigDecimal.ONE, null, "USD");
        });
    }

    private static List<SpendGroup> byKey(List<SpendGroup> groups) {
        List<SpendGroup> out = new ArrayList<>(groups);
        out.sort(Comparator.comparing(SpendGroup::key));
        return out;
    }

    private void assertSameAsTheStore(ReferenceSpend tally, long batchId) {
        for (SpendGroup.By by : SpendGroup.By.values()) {
            List<SpendGroup> fromSql = store.billing().spend(batchId, by);
            // equal groups with equal BigDecimals (same scale after stripping), in the same order where efficient spend differs
            assertEquals(byKey(fromSql), byKey(tally.groups(by)), by.name());
            assertEquals(fromSql.stream().map(SpendGroup::effective).toList(),
                    tally.groups(by).stream().map(SpendGroup::effective).toList(), by + " order");
        }
        assertEquals(store.billing().outsideSprints(batchId), tally.outsideSprints());
        assertEquals(store.billing().fxUsed(batchId), tally.fxUsed());
    }

    @Test
    void handWorkedFiguresEqualTheStoresQueries() {
        BigDecimal eur = new BigDecimal("1.0850");
        List<StoredLine> lines = List.of(
                // Sprint 46, PAY-142: 10.00 USD and 4 EUR x 1.085 = 4.34 USD; list missing on the EUR line
                new StoredLine(0, 0, line(1, "GitHub", "copilot", "10.00", "10.00", "9.50", "USD", tags("payments-api", null, "ana")),
                        "PAY-142", sprint46, BigDecimal.ONE),
                new StoredLine(0, 0, line(2, "Anthropic", "claude", null, "4", null, "EUR", tags(null, "pay", null)),
                        "PAY-142", sprint46, eur),
                // unattributed, Sprint 47: a credit (negative) and a line with no tags at all (falls back to the product)
                new StoredLine(0, 0, line(3, "GitHub", "actions", "2.50", "2.50", "0", "USD", tags("growth-web", null, "bo")),
                        null, sprint47, BigDecimal.ONE),
                new StoredLine(0, 0, line(4, "GitHub", "actions", "-1.25", "-1.25", "-1.25", "USD", tags("growth-web", null, null)),
                        null, sprint47, BigDecimal.ONE),
                new StoredLine(0, 0, line(5, "OpenAI", "api", null, "0.036000000000000004", null, "USD", WorkTags.NONE),
                        null, null, BigDecimal.ONE),
                new StoredLine(0, 0, line(6, "Cursor", null, null, "7", null, "USD", tags(null, null, "cy")),
                        null, null, BigDecimal.ONE));
        ReferenceSpend tally = new ReferenceSpend(sprintNames);
        lines.forEach(tally::add);
        Batch batch = store("hand", lines);
        assertSameAsTheStore(tally, batch.id());

        SpendGroup pay = tally.groups(SpendGroup.By.EPIC).stream().filter(g -> g.key().equals("PAY-142")).findFirst().orElseThrow();
        assertEquals(new SpendGroup("PAY-142", 2, stripped("10"), stripped("14.34"), stripped("9.5")), pay);
        SpendGroup s46 = tally.groups(SpendGroup.By.SPRINT).stream().filter(g -> g.key().equals("Sprint 46")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("14.34"), s46.effective());
        SpendGroup outside = tally.groups(SpendGroup.By.SPRINT).stream()
                .filter(g -> g.key().equals(SpendGroup.OUTSIDE_SPRINTS)).findFirst().orElseThrow();
        assertEquals(2, outside.lines());
        assertEquals(new BigDecimal("7.036000000000000004"), outside.effective());
        assertNull(outside.list(), "no line outside the sprints has a list cost");
        List<String> sources = tally.groups(SpendGroup.By.UNATTRIBUTED_SOURCE).stream().map(SpendGroup::key).toList();
        assertEquals(List.of("Cursor · no work tags", "GitHub · actions · repository growth-web", "OpenAI · api · no work tags"),
                sources, "never by user: budgets are on work, not on people");
        SpendGroup growth = tally.groups(SpendGroup.By.UNATTRIBUTED_SOURCE).get(1);
        assertEquals(new SpendGroup("GitHub · actions · repository growth-web", 2, stripped("1.25"), stripped("1.25"),
                stripped("-1.25")), growth);
        assertEquals(new BillingRepository.Span(2, new BigDecimal("7.036000000000000004"), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 3)), tally.outsideSprints());
        assertEquals(List.of(new BillingRepository.FxUse("EUR", stripped("1.085"), LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 11, 3), 1),
                new BillingRepository.FxUse("USD", BigDecimal.ONE, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), 5)),
                tally.fxUsed());
    }

    @Test
    void manyRandomLinesTotalExactlyAsTheStoreDoes() {
        Random random = new Random(7);
        String[] epics = {"PAY-142", "GRO-214", null, null};
        String[] currencies = {"USD", "EUR", "GBP"};
        BigDecimal[] rates = {BigDecimal.ONE, new BigDecimal("1.0850"), new BigDecimal("1.2710123456789")};
        Long[] sprints = {sprint46, sprint47, null, 999_999L};
        List<StoredLine> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int c = random.nextInt(3);
            // up to 30 decimals: as many as the store keeps
            String effective = (random.nextInt(200) - 20) + "." + digits(random, 1 + random.nextInt(30));
            String list = random.nextInt(4) == 0 ? null : random.nextInt(100) + "." + digits(random, 1 + random.nextInt(12));
            String billed = random.nextInt(3) == 0 ? null : "0." + digits(random, 2);
            lines.add(new StoredLine(0, 0, randomLine(random, i + 1, list, effective, billed, currencies[c]),
                    epics[random.nextInt(epics.length)], sprints[random.nextInt(sprints.length)], rates[c]));
        }
        ReferenceSpend tally = new ReferenceSpend(sprintNames);
        lines.forEach(tally::add);
        Batch batch = store("random", lines);
        assertSameAsTheStore(tally, batch.id());

        // Re-attribute: lines of repository alpha go to GRO-214, the rest are unattributed. The sums are
        // made again from the stored lines, which come back with their new epics.
        long changed = store.billing().reattribute(l -> "alpha".equals(l.tags().repository()) ? "GRO-214" : null);
        List<StoredLine> stored = new ArrayList<>();
        store.billing().forEachLine(batch.id(), stored::add);
        assertEquals(lines.size(), stored.size());
        long expectedChanged = 0;
        for (int i = 0; i < lines.size(); i++) {
            String epic = "alpha".equals(lines.get(i).line().tags().repository()) ? "GRO-214" : null;
            assertEquals(epic, stored.get(i).epicKey());
            assertEquals(lines.get(i).line().rowNumber(), stored.get(i).line().rowNumber());
            expectedChanged += java.util.Objects.equals(epic, lines.get(i).epicKey()) ? 0 : 1;
        }
        assertEquals(expectedChanged, changed);
        ReferenceSpend again = new ReferenceSpend(sprintNames);
        stored.forEach(again::add);
        assertSameAsTheStore(again, batch.id());
        assertEquals(0, store.billing().reattribute(l -> "alpha".equals(l.tags().repository()) ? "GRO-214" : null),
                "the same rules again change nothing");
    }

    @Test
    void aLineWithMoreDecimalsThanTheStoreKeepsCountsAsStored() {
        List<StoredLine> lines = List.of(new StoredLine(0, 0, line(1, "OpenAI", "api", null,
                "0.0038359800000000000000000000004999", null, "USD", WorkTags.NONE), null, sprint46, BigDecimal.ONE));
        ReferenceSpend tally = new ReferenceSpend(sprintNames);
        lines.forEach(tally::add);
        Batch batch = store("decimals", lines);
        assertSameAsTheStore(tally, batch.id());
    }

    /** Spend is reported with trailing zeros stripped: 10.00 is 1E+1. */
    private static BigDecimal stripped(String v) {
        return new BigDecimal(v).stripTrailingZeros();
    }

    private static String digits(Random random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + random.nextInt(10)));
        return b.toString();
    }
}
