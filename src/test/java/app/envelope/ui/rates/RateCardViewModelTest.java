package app.envelope.ui.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.CostLine;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.Tier;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.board.BoardViewModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate card's logic without a toolkit, on a real H2 file with the demo portfolio. */
class RateCardViewModelTest {
    private static final Clock NOV_23 = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private PortfolioEvents events;
    private RateCardViewModel vm;
    private int rateCardChanges;

    @BeforeEach
    void setUp() {
        store = TestStores.demo(dir);
        events = new PortfolioEvents();
        events.onRateCardChanged(() -> rateCardChanges++);
        vm = new RateCardViewModel(store, BackgroundTasks.IMMEDIATE, events, NOV_23);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Sprint sprint(String name) {
        return store.portfolio().sprint(name).orElseThrow();
    }

    private SprintEvaluation evaluate(String name) {
        return new PlanQueries(store).evaluate(sprint(name));
    }

    private static void type(VersionSection<?> s, String field, String text) {
        s.field(field).set(text);
    }

    /** The mid tier's model (claude-sonnet-4-5) back at list price, from the open sprint's first day. */
    private void sonnetAtListPrice(String from) {
        VersionSection<?> p = vm.prices();
        type(p, "model", "claude-sonnet-4-5");
        type(p, "validFrom", from);
        type(p, "effective-input", "3");
        type(p, "effective-output", "15");
        type(p, "effective-cache-read", "0.30");
        type(p, "effective-cache-write", "3.75");
    }

    @Test
    void showsEachModelsPriceHistoryWithTheSprintsEachVersionPrices() {
        assertEquals(9, vm.prices().rows().size(), "every model's versions");
        vm.prices().onlyChosenKeyProperty().set(true);
        vm.prices().keyField().set("claude-sonnet-4-5");
        assertEquals(2, vm.prices().rows().size());
        VersionRow latest = vm.prices().rows().get(0);
        assertEquals(LocalDate.parse("2026-11-16"), latest.validFrom());
        assertEquals("Sprint 47 onward", latest.prices());
        assertTrue(latest.current());
        assertEquals("$2.40", latest.cells().get(4));
        VersionRow first = vm.prices().rows().get(1);
        assertEquals("Sprint 44 – Sprint 46", first.prices());
        assertTrue(first.historic());
        // The form starts from the latest version, dated today (no sprint starts later).
        assertEquals("2.4", vm.prices().field("effective-input").text());
        assertEquals("2026-11-23", vm.prices().validFromField().text());
        assertEquals("Will price: no sprint yet", vm.prices().impactProperty().get());
        assertEquals(6, vm.models().size());
        assertEquals("mid", vm.models().stream().filter(m -> m.id().equals("claude-sonnet-4-5")).findFirst()
                .orElseThrow().tiers());
    }

    @Test
    void newVersionsDefaultToTheNextSprintStartElseToday() {
        assertEquals(LocalDate.parse("2026-11-23"), vm.defaultDate(store.portfolio().sprints()));
        RateCardViewModel earlier = new RateCardViewModel(store, BackgroundTasks.IMMEDIATE, events,
                Clock.fixed(Instant.parse("2026-11-10T09:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.parse("2026-11-16"), earlier.defaultDate(store.portfolio().sprints()));
    }

    @Test
    void aPriceVersionFromTheOpenSprintsStartRepricesItAndLeavesTheClosedSprintAlone() {
        SprintEvaluation open = evaluate("Sprint 47");
        SprintEvaluation closed = evaluate("Sprint 46");
        BoardViewModel board = new BoardViewModel(store, BackgroundTasks.IMMEDIATE, events);
        board.load();
        assertEquals("$390,404", board.summary().total(t -> t.cost()));

        sonnetAtListPrice("2026-11-16");
        assertEquals("Replaces the version of 2026-11-16 · will price: Sprint 47 onward", vm.prices().impactProperty().get());
        assertEquals(VersionSection.Outcome.VALID, vm.submit(vm.prices(), false));
        assertEquals(1, rateCardChanges);
        assertTrue(vm.statusProperty().get().startsWith("Replaced the claude-sonnet-4-5 price from 2026-11-16"),
                vm.statusProperty().get());

        // Hand-worked: mid mix 35% input, 10% output, 50% cache read, 5% cache write.
        // Before: 0.35 x 2.40 + 0.10 x 12 + 0.50 x 0.24 + 0.05 x 3 = 2.31 per million tokens.
        // After:  0.35 x 3.00 + 0.10 x 15 + 0.50 x 0.30 + 0.05 x 3.75 = 2.8875 per million tokens.
        // PAY-151 (M, mid, medium): 400M tokens, T50 924.00 -> 1,155.00.
        SprintEvaluation after = evaluate("Sprint 47");
        CostLine pay151 = after.lines().stream().filter(c -> c.line().epicKey().equals("PAY-151")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1155").compareTo(pay151.cost().t50()));
        // Every mid-tier line's T50 and R grow by 2.8875 / 2.31 = 1.25; nothing else moves.
        BigDecimal midTokensAndRisk = open.lines().stream().filter(c -> c.line().tier() == Tier.MID)
                .map(c -> c.cost().t50().add(c.cost().risk())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = open.totals().cost().add(midTokensAndRisk.multiply(new BigDecimal("0.25")));
        assertEquals(0, expected.compareTo(after.totals().cost()));
        // The board heard of it and re-priced; the closed sprint kept its prices.
        assertEquals(0, expected.compareTo(board.evaluationProperty().get().totals().cost()));
        assertEquals(0, closed.totals().cost().compareTo(evaluate("Sprint 46").totals().cost()));
    }

    @Test
    void aVersionAfterTheOpenSprintsStartIsAddedAndPricesNoSprintYet() {
        BigDecimal before = evaluate("Sprint 47").totals().cost();
        sonnetAtListPrice("2026-11-30");
        assertEquals("Will price: no sprint yet", vm.prices().impactProperty().get());
        assertEquals(VersionSection.Outcome.VALID, vm.submit(vm.prices(), false));
        vm.prices().onlyChosenKeyProperty().set(true);
        vm.prices().keyField().set("claude-sonnet-4-5");
        assertEquals(3, vm.prices().rows().size());
        assertEquals("no sprint yet", vm.prices().rows().get(0).prices());
        assertEquals("Sprint 47", vm.prices().rows().get(1).prices());
        assertEquals(0, before.compareTo(evaluate("Sprint 47").totals().cost()));
    }

    @Test
    void aVersionThatWouldRepriceAClosedSprintAsksFirst() {
        BigDecimal closed = evaluate("Sprint 46").totals().cost();
        sonnetAtListPrice("2026-11-02");
        assertTrue(vm.prices().impactWarningProperty().get());
        assertEquals("Will price: Sprint 46 — re-prices closed Sprint 46", vm.prices().impactProperty().get());
        assertEquals(VersionSection.Outcome.CONFIRM, vm.submit(vm.prices(), false));
        assertTrue(vm.problemProperty().get().contains("re-prices closed Sprint 46"), vm.problemProperty().get());
        assertEquals(0, closed.compareTo(evaluate("Sprint 46").totals().cost()));
        assertEquals(0, rateCardChanges);

        assertEquals(VersionSection.Outcome.VALID, vm.submit(vm.prices(), true));
        assertTrue(evaluate("Sprint 46").totals().cost().compareTo(closed) > 0);
    }

    @Test
    void aNegativePriceIsRefusedNextToItsFieldAndNothingIsStored() {
        RateCard before = store.rateCard().load();
        sonnetAtListPrice("2026-11-16");
        type(vm.prices(), "book-output", "-15");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.prices(), false));
        assertEquals("cannot be negative", vm.prices().field("book-output").errorProperty().get());
        assertEquals("", vm.prices().field("effective-input").errorProperty().get());
        type(vm.prices(), "book-output", "fifteen");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.prices(), false));
        assertEquals("\"fifteen\" is not a number", vm.prices().field("book-output").errorProperty().get());
        type(vm.prices(), "book-output", "15");
        type(vm.prices(), "validFrom", "16/11/2026");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.prices(), false));
        assertEquals("\"16/11/2026\" is not a date; write it as 2026-11-16",
                vm.prices().validFromField().errorProperty().get());
        assertEquals(before, store.rateCard().load());
        assertEquals(0, rateCardChanges);
    }

    @Test
    void tokenMixSharesMustAddUpToAHundredPercent() {
        RateCard before = store.rateCard().load();
        VersionSection<?> mix = vm.tierMixes();
        type(mix, "tier", "mid");
        assertEquals("35", mix.field("share-input").text());
        assertEquals("100%", mix.field("total").text());
        type(mix, "validFrom", "2026-11-16");
        type(mix, "share-input", "30");
        assertEquals("95%", mix.field("total").text());
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(mix, false));
        assertEquals("the shares add up to 95%; they must add up to 100%", mix.field("total").errorProperty().get());
        assertEquals(before, store.rateCard().load());

        type(mix, "share-output", "15");
        assertEquals(VersionSection.Outcome.VALID, vm.submit(mix, false));
        assertEquals(0, new BigDecimal("0.15").compareTo(store.rateCard().load().asOf(LocalDate.parse("2026-11-16"))
                .tier(Tier.MID).mix().output()));
    }

    @Test
    void p90BelowP50IsRefused() {
        RateCard before = store.rateCard().load();
        VersionSection<?> env = vm.envelopes();
        type(env, "size", "M");
        assertEquals("400M", env.field("p50").text());
        assertEquals("1.1B", env.field("p90").text());
        type(env, "p90", "300M");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(env, false));
        assertEquals("P90 (300M) cannot be below P50 (400M)", env.field("p90").errorProperty().get());
        assertEquals(before, store.rateCard().load());
        type(env, "p90", "400,000,000");
        type(env, "validFrom", "2026-11-16");
        assertEquals(VersionSection.Outcome.VALID, vm.submit(env, false));
        assertEquals(400_000_000L, store.rateCard().load().asOf(LocalDate.parse("2026-11-16"))
                .envelope(app.envelope.domain.Size.M).p90());
    }

    @Test
    void aKeyThatIsNoTierSizeOrEffortIsRefusedWithWhatItMustBe() {
        RateCard before = store.rateCard().load();
        type(vm.tierModels(), "tier", "giant");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.tierModels(), false));
        assertEquals("\"giant\" is not a tier (small, mid or frontier)", vm.tierModels().field("tier").errorProperty().get());
        type(vm.tierMixes(), "tier", "huge");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.tierMixes(), false));
        assertEquals("\"huge\" is not a tier (small, mid or frontier)", vm.tierMixes().field("tier").errorProperty().get());
        type(vm.envelopes(), "size", "XXL");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.envelopes(), false));
        assertEquals("\"XXL\" is not a size (XS, S, M, L or XL)", vm.envelopes().field("size").errorProperty().get());
        type(vm.efforts(), "effort", "max");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(vm.efforts(), false));
        assertEquals("\"max\" is not an effort (low, medium or high)", vm.efforts().field("effort").errorProperty().get());
        assertEquals(before, store.rateCard().load());
    }

    @Test
    void aTierCannotMoveToAModelWithoutAPrice() {
        vm.modelIdField().set("mistral-large-3");
        vm.modelVendorField().set("Mistral");
        vm.modelNameField().set("Mistral Large 3");
        assertEquals(null, vm.saveModel());
        assertEquals(7, vm.models().size());
        assertEquals("no price yet", vm.models().stream().filter(m -> m.id().equals("mistral-large-3")).findFirst()
                .orElseThrow().effectivePrice());
        VersionSection<?> t = vm.tierModels();
        type(t, "tier", "mid");
        type(t, "model", "mistral-large-3");
        type(t, "validFrom", "2026-11-30");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(t, false));
        assertEquals("mistral-large-3 has no price on 2026-11-30; add a price version first",
                t.field("model").errorProperty().get());
        type(t, "model", "gpt-5");
        assertEquals(VersionSection.Outcome.VALID, vm.submit(t, false));
        assertEquals("gpt-5", store.rateCard().load().asOf(LocalDate.parse("2026-11-30")).tier(Tier.MID).model().id());
    }

    @Test
    void labourFxToolingAndCurrencyAreCheckedToo() {
        VersionSection<?> labour = vm.labour();
        type(labour, "role", "engineer");
        assertEquals("110", labour.field("hourly").text());
        type(labour, "hourly", "-1");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(labour, false));
        assertEquals("cannot be negative", labour.field("hourly").errorProperty().get());

        VersionSection<?> fx = vm.fx();
        type(fx, "currency", "usd");
        type(fx, "rate", "1");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(fx, false));
        assertEquals("USD is the portfolio currency; it needs no rate", fx.field("currency").errorProperty().get());
        type(fx, "currency", "chf");
        type(fx, "rate", "0");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(fx, false));
        assertEquals("must be above zero", fx.field("rate").errorProperty().get());
        type(fx, "rate", "1.13");
        assertEquals(VersionSection.Outcome.VALID, vm.submit(fx, false));
        assertNotNull(store.rateCard().load().fxRate("CHF", LocalDate.parse("2026-11-23")).orElse(null));

        VersionSection<?> tooling = vm.tooling();
        type(tooling, "name", "Cursor Teams seat");
        assertEquals("cursor*seat*", tooling.field("pattern").text());
        type(tooling, "unitPrice", "$-40");
        assertEquals(VersionSection.Outcome.INVALID, vm.submit(tooling, false));
        assertEquals("cannot be negative", tooling.field("unitPrice").errorProperty().get());

        vm.currencyField().set("euro");
        assertNotNull(vm.saveCurrency());
        assertEquals("USD", store.rateCard().load().currency());
        vm.currencyField().set("eur");
        assertEquals(null, vm.saveCurrency());
        assertEquals("EUR", store.rateCard().load().currency());
        assertFalse(vm.currencyField().hasError());
    }
}
