package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a tier costs on one date: the model serving it, that model's price version and the tier's
 * token mix. The blended prices per million tokens are computed once here.
 */
public record TierPricing(Tier tier, AiModel model, ModelPrice price, TokenMix mix,
                          BigDecimal blendedBook, BigDecimal blendedEffective) {
    public TierPricing {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(mix, "mix");
    }

    public static TierPricing of(Tier tier, AiModel model, ModelPrice price, TokenMix mix) {
        return new TierPricing(tier, model, price, mix, mix.blend(price.book()), mix.blend(price.effective()));
    }

    /** Blended price per million tokens at the given basis. */
    public BigDecimal blended(PriceBasis basis) {
        return basis == PriceBasis.BOOK ? blendedBook : blendedEffective;
    }
}
