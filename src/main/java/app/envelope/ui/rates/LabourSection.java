package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;

import app.envelope.domain.LabourRate;
import app.envelope.domain.RateCard;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Hourly labour rates per role; "blended" is used for lines that name no role. */
final class LabourSection extends VersionSection<LabourRate> {
    private final Supplier<String> currency;
    private final FormField hourly = add(FormField.number("hourly", "Hourly rate", 1, 0));

    LabourSection(Supplier<String> currency) {
        super("labour", "Labour rates", "Hourly rate per role; \"blended\" prices the lines that name no role."
                + " Review hours count as labour.", FormField.suggest("role", "Role", 0, 0), false,
                VersionTable.of(RateCard::labourRates, 170, figure("Hourly", 100)));
        this.currency = currency;
    }

    @Override
    protected List<String> cells(LabourRate v, LocalDate pricedOn) {
        return List.of(Format.exact(v.hourly(), currency.get()));
    }

    @Override
    protected String versionKey(String keyText) {
        return trimmedKey(keyText);
    }

    @Override
    protected String keyText(LabourRate v) {
        return v.role();
    }

    @Override
    protected void fill(LabourRate v) {
        hourly.set(Inputs.plain(v.hourly()));
    }

    @Override
    protected LabourRate parse() throws Invalid {
        String role = Inputs.required(key);
        if (!role.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*")) {
            throw new Invalid(key, "a role is a word like senior-engineer (letters, digits, - and _)");
        }
        var from = Inputs.date(validFrom);
        return new LabourRate(role, from, Inputs.amount(hourly));
    }

    @Override
    protected void save(RateCardRepository repository, LabourRate v) {
        repository.saveLabourRate(v);
    }

    @Override
    protected String describe(LabourRate v) {
        return "the " + v.role() + " rate";
    }
}
