package app.envelope.domain.actuals;

import app.envelope.domain.TokenType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Imported billing lines that agree on everything the comparison looks at, summed: same import
 * batch, sprint, epic, vendor, product, SKU, model, unit and token kind, and alike in whether they
 * carry token counts and a list cost. Money is in the portfolio currency, each line converted at
 * its own FX rate, exact.
 *
 * @param sprintId  the sprint the lines were charged in; null = outside any sprint
 * @param epicKey   the epic the lines are attributed to; null = unattributed
 * @param lines     how many billing lines
 * @param tokens    their token count; null when the lines carry none
 * @param effective their effective (consumption) cost
 * @param list      their list (book) cost; null when the vendor's file gives none
 */
public record SpendCell(long batchId, Long sprintId, String epicKey, String vendor, String product, String sku,
                        String model, String unit, TokenType tokenType, long lines, BigDecimal tokens,
                        BigDecimal effective, BigDecimal list) {
    public SpendCell {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(effective, "effective");
    }

    /** What names the model: the model column, else the SKU (FOCUS {@code SkuMeter}), else the product. */
    public String modelText() {
        if (model != null && !model.isBlank()) {
            return model;
        }
        return sku != null && !sku.isBlank() ? sku : product;
    }
}
