package app.envelope.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a read of one billing file produced.
 *
 * @param formatId        detected format id (e.g. {@code github-usage-detailed})
 * @param formatName      its display name
 * @param header          the file's header
 * @param rowsRead        data rows read
 * @param rowsImported    rows passed to the sink
 * @param rowsSkipped     rows without billing data (e.g. empty OpenAI buckets), neither imported nor rejected
 * @param rejected        the first {@link #REJECTIONS_KEPT} rejected rows
 * @param rejectedCount   all rejected rows
 * @param listTotal       sum of list costs of imported lines; null when the format has no list cost
 * @param effectiveTotal  sum of effective costs of imported lines
 * @param billedTotal     sum of billed costs; null when the format has no billed cost
 * @param currency        the lines' currency, {@code "mixed"} when they differ, null when no line was imported
 * @param sha256          SHA-256 of the file (lower-case hex), to refuse importing the same file twice
 */
public record ReadResult(String formatId, String formatName, List<String> header, long rowsRead, long rowsImported,
                         long rowsSkipped, List<RejectedRow> rejected, long rejectedCount, BigDecimal listTotal,
                         BigDecimal effectiveTotal, BigDecimal billedTotal, String currency, String sha256) {
    public static final int REJECTIONS_KEPT = 10_000;
    public static final String MIXED = "mixed";

    public ReadResult {
        header = List.copyOf(header);
        rejected = List.copyOf(rejected);
    }
}
