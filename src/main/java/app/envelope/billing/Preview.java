package app.envelope.billing;

import app.envelope.domain.BillingLine;
import java.util.List;

/**
 * The first rows of a file, detected and mapped, for the user to check before importing.
 *
 * @param formatId   detected format id
 * @param formatName its display name
 * @param header     the file's header
 * @param lines      mapped lines of the first rows
 * @param rejected   rejections among the first rows
 */
public record Preview(String formatId, String formatName, List<String> header, List<BillingLine> lines,
                      List<RejectedRow> rejected) {
    public Preview {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
        rejected = List.copyOf(rejected);
    }
}
