package app.envelope.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Which sprints a rate-card version prices. A sprint is priced with the versions in force on its
 * start date, so a version from {@code validFrom} prices every sprint that starts on or after that
 * date and before the next version of the same key ({@code until}, null when there is none yet).
 */
public record VersionCoverage(LocalDate validFrom, LocalDate until, List<Sprint> sprints) {
    public VersionCoverage {
        sprints = List.copyOf(sprints);
    }

    /**
     * The coverage a version of {@code key} from {@code validFrom} has (or would have, if added)
     * among {@code versions}; a version of the same key and date is the one being replaced.
     */
    public static <V extends Versioned> VersionCoverage of(List<V> versions, String key, LocalDate validFrom,
                                                           List<Sprint> allSprints) {
        LocalDate until = versions.stream().filter(v -> v.versionKey().equals(key))
                .map(Versioned::validFrom).filter(d -> d.isAfter(validFrom)).min(Comparator.naturalOrder()).orElse(null);
        List<Sprint> priced = allSprints.stream()
                .filter(s -> !s.start().isBefore(validFrom) && (until == null || s.start().isBefore(until)))
                .sorted(Comparator.comparing(Sprint::start)).toList();
        return new VersionCoverage(validFrom, until, priced);
    }

    public boolean openEnded() {
        return until == null;
    }

    /** The closed sprints among those priced: a change here re-prices history. */
    public List<Sprint> closedSprints() {
        return sprints.stream().filter(s -> s.status() == SprintStatus.CLOSED).toList();
    }

    /**
     * Reads like "Sprint 47 onward", "Sprint 45 – Sprint 46", "Sprint 46", "no sprint yet" or
     * "no sprint (replaced from 2026-11-16)".
     */
    public String describe() {
        if (sprints.isEmpty()) {
            return openEnded() ? "no sprint yet" : "no sprint (replaced from " + until + ")";
        }
        String first = sprints.get(0).name();
        String last = sprints.get(sprints.size() - 1).name();
        if (openEnded()) {
            return first + " onward";
        }
        return sprints.size() == 1 ? first : first + " – " + last;
    }
}
