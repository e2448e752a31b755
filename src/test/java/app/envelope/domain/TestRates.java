package app.envelope.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A rate card with round prices, so the hand arithmetic in the tests stays readable. Everything is
 * in force from {@link #FROM}.
 *
 * <pre>
 * per million tokens       input  output  cache read  cache write
 * small-1     book           1      5       0.10        1.25
 * mid-1       book           3     15       0.30        3.75
 * frontier-1  book          15     75       1.50       18.75
 * effective = book x 0.8 (20% lower), e.g. mid-1: 2.4 / 12 / 0.24 / 3.00
 *
 * token mix (every tier): input 0.5, output 0.2, cache read 0.25, cache write 0.05
 *
 * blended (book)     small 1.5875    mid 4.7625    frontier 23.8125
 *   mid book = 0.5x3 + 0.2x15 + 0.25x0.30 + 0.05x3.75 = 1.5 + 3 + 0.075 + 0.1875 = 4.7625
 * blended (effective) small 1.27     mid 3.81      frontier 19.05
 *   mid eff  = 0.5x2.4 + 0.2x12 + 0.25x0.24 + 0.05x3 = 1.2 + 2.4 + 0.06 + 0.15 = 3.81
 *   frontier eff = 0.5x12 + 0.2x60 + 0.25x1.2 + 0.05x15 = 6 + 12 + 0.3 + 0.75 = 19.05
 *
 * size envelopes (tokens at medium effort, P50 / P90)
 *   XS 200k / 400k   S 500k / 1M   M 2M / 4M   L 8M / 16M   XL 20M / 40M
 * effort multipliers: low 0.5, medium 1, high 2
 * labour: blended 100/h, architect 150/h
 * </pre>
 */
final class TestRates {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final String SMALL_MODEL = "small-1";
    static final String MID_MODEL = "mid-1";
    static final String FRONTIER_MODEL = "frontier-1";
    static final String ARCHITECT = "architect";
    static final TokenMix MIX = TokenMix.of("0.5", "0.2", "0.25", "0.05");
    private static final BigDecimal EFFECTIVE_FACTOR = new BigDecimal("0.8");

    private TestRates() {
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    /** Exact money comparison (scale ignored), with both values in the failure message. */
    static void assertMoney(String expected, BigDecimal actual, String what) {
        assertNotNull(actual, what + " is null");
        assertEquals(0, bd(expected).compareTo(actual),
                () -> what + ": expected " + expected + " but was " + actual.toPlainString());
    }

    /** A price version whose effective prices are the book prices 20% lower. */
    static ModelPrice price(String modelId, LocalDate from, String input, String output, String cacheRead,
                            String cacheWrite) {
        TokenPrices book = TokenPrices.of(input, output, cacheRead, cacheWrite);
        TokenPrices effective = new TokenPrices(book.input().multiply(EFFECTIVE_FACTOR),
                book.output().multiply(EFFECTIVE_FACTOR), book.cacheRead().multiply(EFFECTIVE_FACTOR),
                book.cacheWrite().multiply(EFFECTIVE_FACTOR));
        return new ModelPrice(modelId, from, book, effective, from, "test");
    }

    static RateCard card() {
        return builder().build();
    }

    /** The rate card in force on {@link #FROM}. */
    static Pricing pricing() {
        return card().asOf(FROM);
    }

    /** A plan line with an id and epic key "E-id"; the builder defaults are M, mid, medium, bounded. */
    static PlanLine.Builder line(long id) {
        return new PlanLine.Builder().id(id).sprintId(1).epicKey("E-" + id);
    }

    static Builder builder() {
        return new Builder();
    }

    /** The default card, with room to add versions (new prices, tier switches, roles...). */
    static final class Builder {
        final List<AiModel> models = new ArrayList<>();
        final List<ModelPrice> prices = new ArrayList<>();
        final List<TierModel> tierModels = new ArrayList<>();
        final List<TierMix> tierMixes = new ArrayList<>();
        final List<SizeEnvelope> envelopes = new ArrayList<>();
        final List<EffortMultiplier> efforts = new ArrayList<>();
        final List<LabourRate> labourRates = new ArrayList<>();

        Builder() {
            models.add(new AiModel(SMALL_MODEL, "test", "Small 1"));
            models.add(new AiModel(MID_MODEL, "test", "Mid 1"));
            models.add(new AiModel(FRONTIER_MODEL, "test", "Frontier 1"));
            prices.add(TestRates.price(SMALL_MODEL, FROM, "1", "5", "0.10", "1.25"));
            prices.add(TestRates.price(MID_MODEL, FROM, "3", "15", "0.30", "3.75"));
            prices.add(TestRates.price(FRONTIER_MODEL, FROM, "15", "75", "1.50", "18.75"));
            tierModels.add(new TierModel(Tier.SMALL, FROM, SMALL_MODEL));
            tierModels.add(new TierModel(Tier.MID, FROM, MID_MODEL));
            tierModels.add(new TierModel(Tier.FRONTIER, FROM, FRONTIER_MODEL));
            for (Tier t : Tier.values()) {
                tierMixes.add(new TierMix(t, FROM, MIX));
            }
            envelopes.add(new SizeEnvelope(Size.XS, FROM, 200_000, 400_000));
            envelopes.add(new SizeEnvelope(Size.S, FROM, 500_000, 1_000_000));
            envelopes.add(new SizeEnvelope(Size.M, FROM, 2_000_000, 4_000_000));
            envelopes.add(new SizeEnvelope(Size.L, FROM, 8_000_000, 16_000_000));
            envelopes.add(new SizeEnvelope(Size.XL, FROM, 20_000_000, 40_000_000));
            efforts.add(new EffortMultiplier(Effort.LOW, FROM, bd("0.5")));
            efforts.add(new EffortMultiplier(Effort.MEDIUM, FROM, bd("1")));
            efforts.add(new EffortMultiplier(Effort.HIGH, FROM, bd("2")));
            labourRates.add(new LabourRate(LabourRate.BLENDED, FROM, bd("100")));
            labourRates.add(new LabourRate(ARCHITECT, FROM, bd("150")));
        }

        Builder model(AiModel m) {
            models.add(m);
            return this;
        }

        Builder price(ModelPrice p) {
            prices.add(p);
            return this;
        }

        Builder tierModel(TierModel tm) {
            tierModels.add(tm);
            return this;
        }

        Builder labourRate(LabourRate r) {
            labourRates.add(r);
            return this;
        }

        RateCard build() {
            return new RateCard("USD", models, prices, tierModels, tierMixes, envelopes, efforts, labourRates,
                    List.of(), List.of());
        }
    }
}
