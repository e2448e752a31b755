package app.envelope.ui.rates;

import app.envelope.domain.Sprint;
import app.envelope.domain.VersionCoverage;
import app.envelope.domain.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a new version of a key from a date would do, said before it is stored: which sprints it
 * will price, whether it replaces the version of that date, and whether it re-prices a closed
 * sprint (a warning, and a question to confirm).
 */
record VersionImpact(String text, boolean warning) {
    static final VersionImpact NONE = new VersionImpact("", false);

    static <V extends Versioned> VersionImpact of(List<V> all, String key, LocalDate from, List<Sprint> sprints) {
        VersionCoverage c = VersionCoverage.of(all, key, from, sprints);
        boolean replaces = all.stream().anyMatch(v -> v.versionKey().equals(key) && v.validFrom().equals(from));
        StringBuilder s = new StringBuilder(replaces ? "Replaces the version of " + from + " · will price: "
                : "Will price: ");
        s.append(c.describe());
        boolean warning = !c.closedSprints().isEmpty();
        if (warning) {
            s.append(" — re-prices closed ").append(names(c.closedSprints()));
        }
        return new VersionImpact(s.toString(), warning);
    }

    /** The question before storing {@code v} when it re-prices closed sprints; null when it re-prices none. */
    static <V extends Versioned> String repriceQuestion(List<V> all, V v, List<Sprint> sprints) {
        List<Sprint> closed = VersionCoverage.of(all, v.versionKey(), v.validFrom(), sprints).closedSprints();
        if (closed.isEmpty()) {
            return null;
        }
        return "A version from " + v.validFrom() + " re-prices closed " + names(closed)
                + ", whose plan was priced and reported. Date it after " + closed.get(closed.size() - 1).start()
                + " to leave closed sprints as they were.";
    }

    private static String names(List<Sprint> list) {
        return list.stream().map(Sprint::name).collect(Collectors.joining(", "));
    }
}
