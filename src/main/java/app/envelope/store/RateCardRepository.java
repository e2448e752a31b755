package app.envelope.store;

import app.envelope.domain.AiModel;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.FxRate;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.ToolingItem;

/**
 * The dated rate card. Versions are added, never edited: saving a version for a key and date that
 * already exists replaces that one version; every other date keeps its prices.
 */
public interface RateCardRepository {
    RateCard load();

    void setCurrency(String currency);

    void saveModel(AiModel model);

    void savePrice(ModelPrice price);

    void saveTierModel(TierModel tierModel);

    void saveTierMix(TierMix mix);

    void saveEnvelope(SizeEnvelope envelope);

    void saveEffort(EffortMultiplier effort);

    void saveLabourRate(LabourRate rate);

    void saveFxRate(FxRate rate);

    void saveTooling(ToolingItem item);

    /** Stores every entry of a whole rate card (used by the demo and by tests). */
    default void saveAll(RateCard card) {
        setCurrency(card.currency());
        card.models().forEach(this::saveModel);
        card.prices().forEach(this::savePrice);
        card.tierModels().forEach(this::saveTierModel);
        card.tierMixes().forEach(this::saveTierMix);
        card.envelopes().forEach(this::saveEnvelope);
        card.efforts().forEach(this::saveEffort);
        card.labourRates().forEach(this::saveLabourRate);
        card.fxRates().forEach(this::saveFxRate);
        card.tooling().forEach(this::saveTooling);
    }
}
