package app.envelope.billing;

import java.util.List;

/** The header and first raw rows of a file, for a column-mapping dialog. */
public record TableSample(List<String> header, List<List<String>> rows) {
    public TableSample {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
