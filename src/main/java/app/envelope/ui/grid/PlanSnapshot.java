package app.envelope.ui.grid;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Sprint;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import java.util.List;
import java.util.Map;

/**
 * What a plan grid shows of a sprint, read in one go off the FX thread: the sprint, its plan
 * lines, the epics by key, the prices in force at its start and the portfolio currency.
 */
public record PlanSnapshot(Sprint sprint, List<PlanLine> lines, Map<String, Epic> epics, Pricing pricing,
                           String currency) {
    /** Reads the plan of {@code sprint} (as stored now) from the store. */
    public static PlanSnapshot read(Store store, Sprint sprint) {
        PlanQueries q = new PlanQueries(store);
        return new PlanSnapshot(sprint, store.portfolio().planLines(sprint.id()), q.epicsByKey(), q.pricing(sprint),
                store.rateCard().load().currency());
    }
}
