package app.envelope.domain.actuals;

import app.envelope.domain.CostModel;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The actual token use of one model on one plan line: its tokens, what those tokens cost at the
 * rate card's effective prices, and what the vendors actually charged. All exact; money in the
 * portfolio currency.
 *
 * @param model        the rate-card model id
 * @param tokens       actual tokens of the model
 * @param rateCardCost the tokens priced at the rate card's effective price per token kind
 * @param actualCost   the effective cost the billing lines carry
 */
public record ModelUsage(String model, BigDecimal tokens, BigDecimal rateCardCost, BigDecimal actualCost) {
    public ModelUsage {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(rateCardCost, "rateCardCost");
        Objects.requireNonNull(actualCost, "actualCost");
    }

    /** This model's part of the mix variance: rate-card cost - tokens x planned blended price. */
    public BigDecimal mix(BigDecimal plannedBlendedPrice) {
        return rateCardCost.subtract(CostModel.tokenCost(tokens, plannedBlendedPrice));
    }

    /** This model's part of the price variance: actual cost - rate-card cost. */
    public BigDecimal price() {
        return actualCost.subtract(rateCardCost);
    }

    public ModelUsage plus(BigDecimal moreTokens, BigDecimal moreRateCard, BigDecimal moreActual) {
        return new ModelUsage(model, tokens.add(moreTokens), rateCardCost.add(moreRateCard), actualCost.add(moreActual));
    }
}
