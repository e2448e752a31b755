package app.envelope.domain.actuals;

import app.envelope.domain.AiModel;
import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.TokenType;
import app.envelope.domain.ToolingItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The round rate card of the domain tests (see app.envelope.domain.TestRates), plus one tooling
 * item ("CI minutes": SKUs {@code actions_*}).
 *
 * <pre>
 * per million tokens       input  output  cache read  cache write
 * small-1     book           1      5       0.10        1.25
 * mid-1       book           3     15       0.30        3.75
 * frontier-1  book          15     75       1.50       18.75
 * effective = book x 0.8
 * token mix (every tier): input 0.5, output 0.2, cache read 0.25, cache write 0.05
 * blended effective: small 1.27, mid 3.81, frontier 19.05
 * envelopes at medium (P50 / P90): XS 200k/400k, S 500k/1M, M 2M/4M, L 8M/16M, XL 20M/40M
 * effort: low 0.5, medium 1, high 2; labour: blended 100/h, architect 150/h
 * </pre>
 */
final class CompareFixtures {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final Sprint SPRINT = new Sprint(1, "S1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 16),
            SprintStatus.CLOSED, new BigDecimal("5000"));

    private CompareFixtures() {
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static ModelPrice price(String id, String in, String out, String read, String write) {
        TokenPrices book = TokenPrices.of(in, out, read, write);
        BigDecimal f = bd("0.8");
        return new ModelPrice(id, FROM, book, new TokenPrices(book.input().multiply(f), book.output().multiply(f),
                book.cacheRead().multiply(f), book.cacheWrite().multiply(f)), FROM, "test");
    }

    static RateCard card() {
        List<TierMix> mixes = new ArrayList<>();
        for (Tier t : Tier.values()) {
            mixes.add(new TierMix(t, FROM, TokenMix.of("0.5", "0.2", "0.25", "0.05")));
        }
        return new RateCard("USD",
                List.of(new AiModel("small-1", "test", "Small 1"), new AiModel("mid-1", "test", "Mid 1"),
                        new AiModel("frontier-1", "test", "Frontier 1")),
                List.of(price("small-1", "1", "5", "0.10", "1.25"), price("mid-1", "3", "15", "0.30", "3.75"),
                        price("frontier-1", "15", "75", "1.50", "18.75")),
                List.of(new TierModel(Tier.SMALL, FROM, "small-1"), new TierModel(Tier.MID, FROM, "mid-1"),
                        new TierModel(Tier.FRONTIER, FROM, "frontier-1")),
                mixes,
                List.of(new SizeEnvelope(Size.XS, FROM, 200_000, 400_000), new SizeEnvelope(Size.S, FROM, 500_000, 1_000_000),
                        new SizeEnvelope(Size.M, FROM, 2_000_000, 4_000_000), new SizeEnvelope(Size.L, FROM, 8_000_000, 16_000_000),
                        new SizeEnvelope(Size.XL, FROM, 20_000_000, 40_000_000)),
                List.of(new EffortMultiplier(Effort.LOW, FROM, bd("0.5")), new EffortMultiplier(Effort.MEDIUM, FROM, bd("1")),
                        new EffortMultiplier(Effort.HIGH, FROM, bd("2"))),
                List.of(new LabourRate(LabourRate.BLENDED, FROM, bd("100")), new LabourRate("architect", FROM, bd("150"))),
                List.of(),
                List.of(new ToolingItem("CI minutes", FROM, "minute", bd("0.006"), "actions_*")));
    }

    /** A token cell of batch 1 in sprint 1. */
    static SpendCell tokens(String epic, String vendor, String model, TokenType type, String tokens, String effective,
                            String list) {
        return new SpendCell(1, 1L, epic, vendor, "api", null, model, "tokens", type, 1,
                tokens == null ? null : bd(tokens), bd(effective), list == null ? null : bd(list));
    }
}
