package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;

import app.envelope.domain.FxRate;
import app.envelope.domain.RateCard;
import app.envelope.store.RateCardRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Exchange rates into the portfolio currency, used by the billing importer. */
final class FxSection extends VersionSection<FxRate> {
    private final Supplier<String> currency;
    private final FormField rate = add(FormField.number("rate", "Rate", 1, 0));

    FxSection(Supplier<String> currency) {
        super("fx", "FX rates", "Units of the portfolio currency per one unit of another currency; billing files"
                + " in that currency are converted with the rate in force on each charge date.",
                FormField.suggest("currency", "Currency", 0, 0), false,
                VersionTable.of(RateCard::fxRates, VersionTable.KEY_WIDTH, figure("Rate", 150)));
        this.currency = currency;
    }

    @Override
    protected List<String> cells(FxRate v, LocalDate pricedOn) {
        return List.of(Inputs.plain(v.rate()) + " " + currency.get());
    }

    @Override
    protected String versionKey(String keyText) {
        String k = keyText == null ? "" : keyText.trim().toUpperCase(Locale.ROOT);
        return k.matches("[A-Z]{3}") ? k : null;
    }

    @Override
    protected String keyText(FxRate v) {
        return v.currency();
    }

    @Override
    protected void fill(FxRate v) {
        rate.set(Inputs.plain(v.rate()));
    }

    @Override
    protected FxRate parse() throws Invalid {
        String c = Inputs.required(key);
        if (versionKey(c) == null) {
            throw new Invalid(key, "a currency is a three-letter code like EUR");
        }
        if (versionKey(c).equals(currency.get())) {
            throw new Invalid(key, currency.get() + " is the portfolio currency; it needs no rate");
        }
        var from = Inputs.date(validFrom);
        return new FxRate(versionKey(c), from, Inputs.positive(rate));
    }

    @Override
    protected void save(RateCardRepository repository, FxRate v) {
        repository.saveFxRate(v);
    }

    @Override
    protected String describe(FxRate v) {
        return "the " + v.currency() + " rate";
    }
}
