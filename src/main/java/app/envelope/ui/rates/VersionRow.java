package app.envelope.ui.rates;

import app.envelope.domain.Sprint;
import app.envelope.domain.VersionCoverage;
import app.envelope.domain.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * One version in a rate-card history table: its key as shown, its date, the section's figures
 * ({@code cells}, one per column), the sprints it prices, and whether it prices the current sprint.
 */
public record VersionRow(String key, LocalDate validFrom, List<String> cells, String prices, boolean current,
                         boolean historic) {
    public VersionRow {
        cells = List.copyOf(cells);
    }

    /**
     * The row of version {@code v} among {@code all} versions of its section. Its figures are
     * {@code cells} priced on the start of the current sprint when the version prices it, else of
     * the last sprint it prices, else on its own date.
     */
    static <V extends Versioned> VersionRow of(List<V> all, V v, String keyText, List<Sprint> sprints, Sprint currentSprint,
                                               Function<LocalDate, List<String>> cells) {
        VersionCoverage c = VersionCoverage.of(all, v.versionKey(), v.validFrom(), sprints);
        boolean current = currentSprint != null && c.sprints().stream().anyMatch(s -> s.id() == currentSprint.id());
        boolean historic = !c.openEnded() && !current;
        LocalDate pricedOn = current ? currentSprint.start() : c.sprints().isEmpty() ? v.validFrom()
                : c.sprints().get(c.sprints().size() - 1).start();
        return new VersionRow(keyText, v.validFrom(), cells.apply(pricedOn), c.describe(), current, historic);
    }
}
