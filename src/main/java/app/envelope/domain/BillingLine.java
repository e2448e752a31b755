package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a vendor billing file in canonical form (DESIGN.md "Actuals"). Costs are exact and
 * keep their sign (credits and refunds are negative). A cost column the vendor's file does not
 * have is null, never guessed.
 *
 * @param rowNumber     the row's number in the source file (1 = first data row after the header)
 * @param chargeDate    the UTC day the usage was charged
 * @param vendor        who billed it (GitHub, Anthropic, OpenAI, Cursor, or FOCUS ProviderName)
 * @param product       product or service (e.g. {@code copilot}, {@code Amazon Bedrock})
 * @param sku           SKU or line item, when the file has one
 * @param model         model name as the vendor writes it, when known
 * @param unit          token type or unit (e.g. {@code output}, {@code ai-credits}, {@code minutes})
 * @param tokenType     the token kind when the row is one kind of tokens, else null
 * @param quantity      amount of the unit used, when given
 * @param tokens        token count of the row when the file gives tokens, else null
 * @param listCost      list (book) cost, or null when the file has none
 * @param effectiveCost effective (consumption) cost; never null
 * @param billedCost    invoiced (cash) cost, or null when the file has none
 * @param currency      ISO 4217 code of the billing currency, upper case
 */
public record BillingLine(long rowNumber, LocalDate chargeDate, String vendor, String product, String sku,
                          String model, String unit, TokenType tokenType, BigDecimal quantity, BigDecimal tokens,
                          BigDecimal listCost, BigDecimal effectiveCost, BigDecimal billedCost, String currency,
                          WorkTags tags) {
    public BillingLine {
        Objects.requireNonNull(chargeDate, "chargeDate");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(effectiveCost, "effectiveCost");
        Objects.requireNonNull(currency, "currency");
        tags = tags == null ? WorkTags.NONE : tags;
    }
}
