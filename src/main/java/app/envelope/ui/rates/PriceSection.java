package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;
import static app.envelope.ui.rates.VersionTable.text;

import app.envelope.domain.AiModel;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.TokenType;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Model prices per million tokens, book and effective, with the date the list price was read and where. */
final class PriceSection extends VersionSection<ModelPrice> {
    private static final String[] KINDS = {"input", "output", "cache read", "cache write"};

    private final Supplier<String> currency;
    private final FormField asOf = add(FormField.date("asOf", "List price as of", 0, 2));
    private final FormField source = add(FormField.text("source", "Source", 0, 3).spanning(2));
    private final FormField[] book = new FormField[4];
    private final FormField[] effective = new FormField[4];

    PriceSection(Supplier<String> currency) {
        super("prices", "Price versions", "Per million tokens. Book is the vendor's list price, effective is what"
                + " you pay after discounts. A sprint is priced with the versions in force on its first day.",
                FormField.choice("model", "Model", 0, 0, List.of()), true,
                VersionTable.of(RateCard::prices, 170, figure("Book in", 78), figure("Book out", 82),
                        figure("Book c-read", 96), figure("Book c-write", 100), figure("Eff. in", 74),
                        figure("Eff. out", 78), figure("Eff. c-read", 92), figure("Eff. c-write", 96),
                        text("As of", 104), text("Source", 380)));
        this.currency = currency;
        for (int i = 0; i < 4; i++) {
            book[i] = add(FormField.number("book-" + idOf(TokenType.values()[i]), "Book " + KINDS[i], 1, i));
            effective[i] = add(FormField.number("effective-" + idOf(TokenType.values()[i]), "Effective " + KINDS[i], 2,
                    i));
        }
    }

    @Override
    protected List<String> cells(ModelPrice p, LocalDate pricedOn) {
        String c = currency.get();
        return List.of(Format.exact(p.book().input(), c), Format.exact(p.book().output(), c),
                Format.exact(p.book().cacheRead(), c), Format.exact(p.book().cacheWrite(), c),
                Format.exact(p.effective().input(), c), Format.exact(p.effective().output(), c),
                Format.exact(p.effective().cacheRead(), c), Format.exact(p.effective().cacheWrite(), c),
                p.asOf().toString(), p.source());
    }

    @Override
    protected List<String> keyChoices(RateCard card) {
        return card.models().stream().map(AiModel::id).toList();
    }

    @Override
    protected String versionKey(String keyText) {
        return card != null && card.model(keyText).isPresent() ? keyText : null;
    }

    @Override
    protected String keyText(ModelPrice v) {
        return v.modelId();
    }

    @Override
    protected void fill(ModelPrice v) {
        asOf.set(v.asOf().toString());
        source.set(v.source());
        for (int i = 0; i < 4; i++) {
            book[i].set(Inputs.plain(v.book().get(TokenType.values()[i])));
            effective[i].set(Inputs.plain(v.effective().get(TokenType.values()[i])));
        }
    }

    @Override
    protected ModelPrice parse() throws Invalid {
        String model = Inputs.required(key);
        if (versionKey(model) == null) {
            throw new Invalid(key, "\"" + model + "\" is not a model on the rate card; add the model first");
        }
        var from = Inputs.date(validFrom);
        BigDecimal[] b = new BigDecimal[4];
        BigDecimal[] e = new BigDecimal[4];
        for (int i = 0; i < 4; i++) {
            b[i] = Inputs.amount(book[i]);
        }
        for (int i = 0; i < 4; i++) {
            e[i] = Inputs.amount(effective[i]);
        }
        return new ModelPrice(model, from, new TokenPrices(b[0], b[1], b[2], b[3]),
                new TokenPrices(e[0], e[1], e[2], e[3]), Inputs.optionalDate(asOf, from), source.text());
    }

    @Override
    protected void save(RateCardRepository repository, ModelPrice v) {
        repository.savePrice(v);
    }

    @Override
    protected String describe(ModelPrice v) {
        return "the " + v.modelId() + " price";
    }
}
