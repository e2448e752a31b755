package app.envelope.ui.grid;

import app.envelope.domain.Sprint;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import java.util.List;

/** The sprints a plan screen offers, and the current one it opens on (null when there is none). */
public record SprintChoices(List<Sprint> all, Sprint current) {
    /** How a sprint reads in a plan screen's chooser: "Sprint 47 (open)". */
    public static String label(Sprint s) {
        return s == null ? null : s.name() + " (" + s.status().name().toLowerCase() + ")";
    }

    public static SprintChoices read(Store store) {
        return new SprintChoices(store.portfolio().sprints(), new PlanQueries(store).currentSprint().orElse(null));
    }
}
