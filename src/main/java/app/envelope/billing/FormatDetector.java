package app.envelope.billing;

import app.envelope.billing.format.DetectedFormat;
import app.envelope.billing.format.FormatRecognizer;
import app.envelope.billing.format.Header;
import app.envelope.billing.mapping.ColumnMappingFormat;
import app.envelope.billing.mapping.MappingStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Tells a file's format from its header names (never column positions): the built-in vendor
 * formats first, then a saved column mapping for the same header set. Known vendor exports that
 * carry no money get a refusal that says which export to use instead.
 */
public final class FormatDetector {
    private static final int HEADER_NAMES_SHOWN = 40;
    private final List<FormatRecognizer> known;

    public FormatDetector(List<FormatRecognizer> known) {
        this.known = List.copyOf(known);
    }

    public DetectedFormat detect(Path file, Header header, MappingStore mappings) throws UnreadableFileException {
        for (FormatRecognizer r : known) {
            DetectedFormat f = r.recognize(header);
            if (f != null) return f;
        }
        Optional<DetectedFormat> saved = mappings.findByHeader(header.names())
                .map(m -> new ColumnMappingFormat(m).recognize(header));
        if (saved.isPresent()) return saved.get();
        String hint = unsupportedExport(header);
        if (hint != null) throw new UnreadableFileException(file, hint, header.names(), null);
        throw new UnreadableFileException(file, "has no header this app knows and no saved column mapping matches it; "
                + "columns seen: " + shown(header.names()) + ". Map its columns to import it", header.names(), null);
    }

    private static String unsupportedExport(Header h) {
        if (h.has("usage_date_utc", "usage_output_tokens")) {
            return "is an Anthropic Console usage export (token counts, no cost); export the Cost CSV from Console > Cost instead";
        }
        if (h.size() == 4 && h.has("start_time", "end_time", "start_time_iso", "end_time_iso")) {
            return "is an OpenAI export with no cost data (only the time columns); export \"Cost data\" for a period with usage";
        }
        if (h.has("start_time", "input_tokens") && !h.has("amount_value")) {
            return "is an OpenAI activity export (token counts, no cost); export \"Cost data\" instead";
        }
        if (h.has("line_item_unblended_cost")) {
            return "is an AWS Cost and Usage Report (CUR 2.0), which is not read directly; use the AWS FOCUS export "
                    + "or map its columns";
        }
        if (h.has("CostInBillingCurrency", "MeterCategory")) {
            return "is an Azure cost details export, which is not read directly; use the Azure FOCUS export or map its columns";
        }
        return null;
    }

    private static String shown(List<String> names) {
        if (names.size() <= HEADER_NAMES_SHOWN) return String.join(", ", names);
        return String.join(", ", names.subList(0, HEADER_NAMES_SHOWN)) + " and " + (names.size() - HEADER_NAMES_SHOWN) + " more";
    }
}
