package app.envelope.billing.format;

import app.envelope.domain.BillingLine;

/** Maps one data row of a recognised file to a billing line. */
@FunctionalInterface
public interface RowMapper {
    /**
     * @return the line, or null when the row carries no billing data and is skipped
     *         (e.g. an empty OpenAI time bucket)
     * @throws RowRejectedException when the row is invalid
     */
    BillingLine map(Row row);
}
