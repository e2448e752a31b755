package app.envelope.ui.rates;

import static app.envelope.ui.rates.VersionTable.text;

import app.envelope.domain.AiModel;
import app.envelope.domain.RateCard;
import app.envelope.domain.Tier;
import app.envelope.domain.TierModel;
import app.envelope.store.RateCardRepository;
import java.time.LocalDate;
import java.util.List;

/** Which model serves each tier. */
final class TierModelSection extends EnumKeySection<TierModel, Tier> {
    private final FormField model = add(FormField.choice("model", "Model", 1, 0, List.of()));

    TierModelSection() {
        super("tier-models", "Tier → model", "The model that serves each tier; its prices come from the price"
                + " versions in force on the same date.", "tier", "Tier", Tier.values(), Tier::parse,
                EnumKeySection::lower, "a tier (small, mid or frontier)",
                VersionTable.of(RateCard::tierModels, 100, text("Model", 190), text("Vendor", 110)));
    }

    @Override
    protected Tier keyOf(TierModel v) {
        return v.tier();
    }

    @Override
    protected List<String> cells(TierModel v, LocalDate pricedOn) {
        AiModel m = card.model(v.modelId()).orElse(null);
        return List.of(v.modelId(), m == null ? "" : m.vendor());
    }

    @Override
    protected List<String> keyChoices(RateCard card) {
        model.choices().setAll(card.models().stream().map(AiModel::id).toList());
        return super.keyChoices(card);
    }

    @Override
    protected void fill(TierModel v) {
        model.set(v.modelId());
    }

    @Override
    protected TierModel parse() throws Invalid {
        Tier tier = parseKey();
        var from = Inputs.date(validFrom);
        String m = Inputs.required(model);
        if (card.model(m).isEmpty()) {
            throw new Invalid(model, "\"" + m + "\" is not a model on the rate card");
        }
        return new TierModel(tier, from, m);
    }

    @Override
    protected void validate(TierModel v) throws Invalid {
        if (card.priceOf(v.modelId(), v.validFrom()).isEmpty()) {
            throw new Invalid(model, v.modelId() + " has no price on " + v.validFrom() + "; add a price version first");
        }
    }

    @Override
    protected void save(RateCardRepository repository, TierModel v) {
        repository.saveTierModel(v);
    }

    @Override
    protected String describe(TierModel v) {
        return "the " + lower(v.tier()) + " tier's model (" + v.modelId() + ")";
    }
}
