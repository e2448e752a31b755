package app.envelope.ui.rates;

import java.time.LocalDate;
import java.util.List;

/**
 * One version in a rate-card history table: its key as shown, its date, the section's figures
 * ({@code cells}, one per column), the sprints it prices, and whether it prices the current sprint.
 */
public record VersionRow(String key, LocalDate validFrom, List<String> cells, String prices, boolean current,
                         boolean historic) {
    public VersionRow {
        cells = List.copyOf(cells);
    }
}
