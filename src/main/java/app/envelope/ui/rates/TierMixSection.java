package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;

import app.envelope.domain.RateCard;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenType;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Each tier's token mix: shares of input, output, cache-read and cache-write tokens, adding up to 100%. */
final class TierMixSection extends EnumKeySection<TierMix, Tier> {
    private static final String[] NAMES = {"Input %", "Output %", "Cache read %", "Cache write %"};

    private final Supplier<String> currency;
    private final FormField[] shares = new FormField[4];
    private final FormField total;

    TierMixSection(Supplier<String> currency) {
        super("tier-mixes", "Token mix per tier", "Shares of each token kind in a tier's work, in percent; they"
                + " must add up to 100%. The blended price is the mix times the tier model's prices.", "tier", "Tier",
                Tier.values(), Tier::parse, EnumKeySection::lower, "a tier (small, mid or frontier)",
                VersionTable.of(RateCard::tierMixes, 100, figure("Input", 70), figure("Output", 74),
                        figure("Cache rd", 86), figure("Cache wr", 86), figure("Blended eff. $/M", 150)));
        this.currency = currency;
        for (int i = 0; i < 4; i++) {
            shares[i] = add(FormField.number("share-" + idOf(TokenType.values()[i]), NAMES[i], 1 + i / 2, i % 2));
            shares[i].textProperty().addListener((o, a, b) -> updateTotal());
        }
        total = add(FormField.shown("total", "Total", 3, 0));
    }

    private void updateTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (FormField f : shares) {
            try {
                sum = sum.add(new BigDecimal(f.text().replace("%", "").trim()));
            } catch (NumberFormatException e) {
                total.set("—");
                return;
            }
        }
        total.set(sum.stripTrailingZeros().toPlainString() + "%");
    }

    @Override
    protected Tier keyOf(TierMix v) {
        return v.tier();
    }

    @Override
    protected List<String> cells(TierMix v, LocalDate pricedOn) {
        TokenMix m = v.mix();
        var pricing = card.asOf(pricedOn);
        String blended = pricing.tiers().containsKey(v.tier())
                ? Format.exact(m.blend(pricing.tier(v.tier()).price().effective()).setScale(4, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros(), currency.get())
                : "—";
        return List.of(Inputs.percentShown(m.input()), Inputs.percentShown(m.output()),
                Inputs.percentShown(m.cacheRead()), Inputs.percentShown(m.cacheWrite()), blended);
    }

    @Override
    protected void fill(TierMix v) {
        for (int i = 0; i < 4; i++) {
            shares[i].set(Inputs.percentText(v.mix().get(TokenType.values()[i])));
        }
    }

    @Override
    protected TierMix parse() throws Invalid {
        Tier tier = parseKey();
        var from = Inputs.date(validFrom);
        BigDecimal[] s = new BigDecimal[4];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 4; i++) {
            s[i] = Inputs.percent(shares[i]);
            sum = sum.add(s[i]);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new Invalid(total, "the shares add up to " + Inputs.percentShown(sum) + "; they must add up to 100%");
        }
        return new TierMix(tier, from, new TokenMix(s[0], s[1], s[2], s[3]));
    }

    @Override
    protected void save(RateCardRepository repository, TierMix v) {
        repository.saveTierMix(v);
    }

    @Override
    protected String describe(TierMix v) {
        return "the " + lower(v.tier()) + " tier's token mix";
    }
}
