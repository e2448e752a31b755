package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.figure;

import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.RateCard;
import app.envelope.store.RateCardRepository;
import java.time.LocalDate;
import java.util.List;

/** Token multipliers per effort level. */
final class EffortSection extends EnumKeySection<EffortMultiplier, Effort> {
    private final FormField multiplier = add(FormField.number("multiplier", "Multiplier", 1, 0));

    EffortSection() {
        super("efforts", "Effort multipliers", "Tokens at an effort level = the size envelope × this multiplier"
                + " (medium is usually 1).", "effort", "Effort", Effort.values(), Effort::parse, EnumKeySection::lower,
                "an effort (low, medium or high)",
                VersionTable.of(RateCard::efforts, VersionTable.KEY_WIDTH, figure("Multiplier", 100)));
    }

    @Override
    protected Effort keyOf(EffortMultiplier v) {
        return v.effort();
    }

    @Override
    protected List<String> cells(EffortMultiplier v, LocalDate pricedOn) {
        return List.of("×" + Inputs.plain(v.multiplier()));
    }

    @Override
    protected void fill(EffortMultiplier v) {
        multiplier.set(Inputs.plain(v.multiplier()));
    }

    @Override
    protected EffortMultiplier parse() throws Invalid {
        Effort effort = parseKey();
        var from = Inputs.date(validFrom);
        return new EffortMultiplier(effort, from, Inputs.amount(multiplier));
    }

    @Override
    protected void save(RateCardRepository repository, EffortMultiplier v) {
        repository.saveEffort(v);
    }

    @Override
    protected String describe(EffortMultiplier v) {
        return "the " + lower(v.effort()) + " effort multiplier";
    }
}
