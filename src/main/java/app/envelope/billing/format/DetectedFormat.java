package app.envelope.billing.format;

import app.envelope.billing.parse.DecimalStyle;

/**
 * A recognised file format bound to one file's header.
 *
 * @param id             stable id, e.g. {@code github-usage-detailed}, {@code focus-1.2}, {@code custom:My sheet}
 * @param displayName    what the user sees
 * @param hasListCost    whether lines carry a list cost
 * @param hasBilledCost  whether lines carry a billed cost
 * @param decimalStyle   decimal style the format insists on, or null to use the file's
 * @param mapper         maps rows of this file
 */
public record DetectedFormat(String id, String displayName, boolean hasListCost, boolean hasBilledCost,
                             DecimalStyle decimalStyle, RowMapper mapper) {
}
