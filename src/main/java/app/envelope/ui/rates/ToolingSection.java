package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;
import static app.envelope.ui.rates.VersionTable.text;

import app.envelope.domain.RateCard;
import app.envelope.domain.ToolingItem;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Tooling products: unit prices, and which billing products count as each. */
final class ToolingSection extends VersionSection<ToolingItem> {
    private final Supplier<String> currency;
    private final FormField unit = add(FormField.text("unit", "Unit", 1, 0));
    private final FormField unitPrice = add(FormField.number("unitPrice", "Unit price", 1, 1));
    private final FormField pattern = add(FormField.text("pattern", "Billing product pattern", 2, 0).spanning(2));

    ToolingSection(Supplier<String> currency) {
        super("tooling", "Tooling items", "Seats, CI minutes, sandboxes: a unit price, and a pattern (* and ?)"
                + " naming the billing products that count as this tooling.", FormField.suggest("name", "Name", 0, 0),
                false, VersionTable.of(RateCard::tooling, 250, text("Unit", 100), figure("Unit price", 100),
                        text("Product pattern", 190)));
        this.currency = currency;
    }

    @Override
    protected List<String> cells(ToolingItem v, LocalDate pricedOn) {
        return List.of(v.unit(), Format.exact(v.unitPrice(), currency.get()), v.productPattern());
    }

    @Override
    protected String versionKey(String keyText) {
        return trimmedKey(keyText);
    }

    @Override
    protected String keyText(ToolingItem v) {
        return v.name();
    }

    @Override
    protected void fill(ToolingItem v) {
        unit.set(v.unit());
        unitPrice.set(Inputs.plain(v.unitPrice()));
        pattern.set(v.productPattern());
    }

    @Override
    protected ToolingItem parse() throws Invalid {
        String name = Inputs.required(key);
        var from = Inputs.date(validFrom);
        String u = Inputs.required(unit);
        BigDecimal price = Inputs.amount(unitPrice);
        String p = pattern.text();
        if (p.contains(" ")) {
            throw new Invalid(pattern, "a product pattern has no spaces (use * for any text)");
        }
        return new ToolingItem(name, from, u, price, p);
    }

    @Override
    protected void save(RateCardRepository repository, ToolingItem v) {
        repository.saveTooling(v);
    }

    @Override
    protected String describe(ToolingItem v) {
        return "the " + v.name() + " price";
    }
}
