package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;

import app.envelope.domain.RateCard;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Tokens per AI size at medium effort: P50 (typical) and P90 (bad case). */
final class EnvelopeSection extends EnumKeySection<SizeEnvelope, Size> {
    private final FormField p50 = add(FormField.number("p50", "P50 tokens", 1, 0));
    private final FormField p90 = add(FormField.number("p90", "P90 tokens", 1, 1));

    EnvelopeSection() {
        super("envelopes", "Size envelopes", "Tokens an epic of each AI size needs at medium effort: P50 typical,"
                + " P90 a bad case (not below P50). Type 400M, 1.1B or the full count.", "size", "Size", Size.values(),
                Size::parse, Size::name, "a size (XS, S, M, L or XL)", VersionTable.of(RateCard::envelopes,
                        VersionTable.KEY_WIDTH, figure("P50 tokens", 110), figure("P90 tokens", 110)));
    }

    @Override
    protected Size keyOf(SizeEnvelope v) {
        return v.size();
    }

    @Override
    protected List<String> cells(SizeEnvelope v, LocalDate pricedOn) {
        return List.of(Format.tokens(BigDecimal.valueOf(v.p50())), Format.tokens(BigDecimal.valueOf(v.p90())));
    }

    @Override
    protected void fill(SizeEnvelope v) {
        p50.set(Inputs.tokensText(v.p50()));
        p90.set(Inputs.tokensText(v.p90()));
    }

    @Override
    protected SizeEnvelope parse() throws Invalid {
        Size size = parseKey();
        var from = Inputs.date(validFrom);
        long a = Inputs.tokens(p50);
        long b = Inputs.tokens(p90);
        if (b < a) {
            throw new Invalid(p90, "P90 (" + Format.tokens(BigDecimal.valueOf(b)) + ") cannot be below P50 ("
                    + Format.tokens(BigDecimal.valueOf(a)) + ")");
        }
        return new SizeEnvelope(size, from, a, b);
    }

    @Override
    protected void save(RateCardRepository repository, SizeEnvelope v) {
        repository.saveEnvelope(v);
    }

    @Override
    protected String describe(SizeEnvelope v) {
        return "the " + v.size() + " size envelope";
    }
}
