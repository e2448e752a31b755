package app.envelope.domain;

import static app.envelope.domain.TestRates.assertMoney;
import static app.envelope.domain.TestRates.bd;
import static app.envelope.domain.TestRates.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dated versions on the rate card: which one prices a sprint, and what the card refuses. */
class RateCardTest {
    private static final LocalDate NEW_PRICE_FROM = LocalDate.of(2026, 11, 10);
    private static final LocalDate SPRINT_BEFORE = LocalDate.of(2026, 11, 2);
    private static final LocalDate SPRINT_AFTER = LocalDate.of(2026, 11, 16);

    @Test
    void aNewPriceVersionPricesOnlyTheSprintsStartingOnOrAfterIt() {
        /*
         * mid-1 gets a new price version from 2026-11-10: book input 4, output 18 (cache unchanged)
         *   effective (x0.8) = 3.2 / 14.4 / 0.24 / 3.00
         *   blended effective = 0.5x3.2 + 0.2x14.4 + 0.25x0.24 + 0.05x3 = 1.6 + 2.88 + 0.06 + 0.15 = 4.69
         * line: M, mid, medium -> 2,000,000 tokens
         *   sprint starting 2026-11-02 (old version, 3.81): T50 = 2 x 3.81 = 7.62
         *   sprint starting 2026-11-16 (new version, 4.69): T50 = 2 x 4.69 = 9.38
         *   difference = 9.38 - 7.62 = 1.76
         */
        RateCard card = TestRates.builder()
                .price(TestRates.price(TestRates.MID_MODEL, NEW_PRICE_FROM, "4", "18", "0.30", "3.75"))
                .build();
        PlanLine l = line(1).size(Size.M).tier(Tier.MID).effort(Effort.MEDIUM).build();

        LineCost before = CostModel.cost(l, card.asOf(SPRINT_BEFORE));
        LineCost after = CostModel.cost(l, card.asOf(SPRINT_AFTER));

        assertMoney("3.81", before.blendedPrice(), "blended before");
        assertMoney("7.62", before.t50(), "T50 before");
        assertMoney("4.69", after.blendedPrice(), "blended after");
        assertMoney("9.38", after.t50(), "T50 after");
        assertMoney("1.76", after.t50().subtract(before.t50()), "T50 difference");

        // The version's own start date is already priced with it.
        assertMoney("4.69", card.asOf(NEW_PRICE_FROM).tier(Tier.MID).blended(PriceBasis.EFFECTIVE),
                "blended on the first day of the new version");
        assertEquals(NEW_PRICE_FROM, card.priceOf(TestRates.MID_MODEL, SPRINT_AFTER).orElseThrow().validFrom());
        assertEquals(TestRates.FROM, card.priceOf(TestRates.MID_MODEL, SPRINT_BEFORE).orElseThrow().validFrom());
    }

    @Test
    void theFrontierTierSwitchesModelOnItsDate() {
        /*
         * from 2026-06-01 the frontier tier is served by frontier-2:
         *   book 10 / 50 / 1 / 12.5 -> effective 8 / 40 / 0.8 / 10
         *   blended effective = 0.5x8 + 0.2x40 + 0.25x0.8 + 0.05x10 = 4 + 8 + 0.2 + 0.5 = 12.7
         * before the switch: frontier-1, 19.05
         */
        LocalDate switchDate = LocalDate.of(2026, 6, 1);
        RateCard card = TestRates.builder()
                .model(new AiModel("frontier-2", "test", "Frontier 2"))
                .price(TestRates.price("frontier-2", TestRates.FROM, "10", "50", "1", "12.5"))
                .tierModel(new TierModel(Tier.FRONTIER, switchDate, "frontier-2"))
                .build();

        TierPricing before = card.asOf(switchDate.minusDays(1)).tier(Tier.FRONTIER);
        TierPricing after = card.asOf(switchDate).tier(Tier.FRONTIER);

        assertEquals(TestRates.FRONTIER_MODEL, before.model().id());
        assertMoney("19.05", before.blended(PriceBasis.EFFECTIVE), "frontier-1 blended");
        assertEquals("frontier-2", after.model().id());
        assertMoney("12.7", after.blended(PriceBasis.EFFECTIVE), "frontier-2 blended");
        // Other tiers are untouched by the switch.
        assertEquals(TestRates.MID_MODEL, card.asOf(switchDate).tier(Tier.MID).model().id());
    }

    @Test
    void aKeyWhoseFirstVersionStartsAfterTheDateIsNotInForce() {
        RateCard card = TestRates.builder()
                .labourRate(new LabourRate("data-scientist", LocalDate.of(2026, 12, 1), bd("180")))
                .model(new AiModel("next-1", "test", "Next 1"))
                .price(TestRates.price("next-1", LocalDate.of(2027, 1, 1), "1", "1", "1", "1"))
                .build();

        Pricing november = card.asOf(SPRINT_AFTER);
        assertFalse(november.labourRates().containsKey("data-scientist"));
        // So a line naming that role is costed at the blended rate until the role's rate starts.
        assertMoney("100", november.labourRate("data-scientist"), "rate before the role exists");
        assertMoney("180", card.asOf(LocalDate.of(2026, 12, 1)).labourRate("data-scientist"), "rate once in force");

        assertTrue(card.priceOf("next-1", SPRINT_AFTER).isEmpty());
        assertFalse(RateCard.inForce(card.prices(), SPRINT_AFTER).containsKey("next-1"));
        assertTrue(RateCard.inForce(card.prices(), LocalDate.of(2027, 1, 1)).containsKey("next-1"));

        // Before anything at all starts, nothing is in force.
        Pricing tooEarly = card.asOf(TestRates.FROM.minusDays(1));
        assertTrue(tooEarly.tiers().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tooEarly.tier(Tier.MID));
        assertEquals("the rate card has no model for the mid tier on 2025-12-31", e.getMessage());
    }

    @Test
    void aNegativePriceIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenPrices.of("3", "-15", "0.30", "3.75"));
        assertEquals("a price cannot be negative: -15", e.getMessage());
    }

    @Test
    void aTokenMixNotAddingUpTo100PercentIsRejectedSayingWhatItAddsUpTo() {
        // 0.5 + 0.2 + 0.25 + 0.10 = 1.05 -> 105%
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> TokenMix.of("0.5", "0.2", "0.25", "0.10"));
        assertEquals("token mix shares must add up to 100%, they add up to 105%", over.getMessage());
        // 0.5 + 0.2 + 0.25 + 0 = 0.95 -> 95%
        IllegalArgumentException under = assertThrows(IllegalArgumentException.class,
                () -> TokenMix.of("0.5", "0.2", "0.25", "0"));
        assertEquals("token mix shares must add up to 100%, they add up to 95%", under.getMessage());
    }

    @Test
    void p90BelowP50IsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SizeEnvelope(Size.M, TestRates.FROM, 2_000_000, 1_000_000));
        assertEquals("P90 (1000000) cannot be below P50 (2000000) for size M", e.getMessage());
        // Equal is allowed: no spread, no default reserve.
        SizeEnvelope flat = new SizeEnvelope(Size.M, TestRates.FROM, 2_000_000, 2_000_000);
        assertEquals(flat.p50(), flat.p90());
    }
}
