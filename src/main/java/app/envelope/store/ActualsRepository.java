package app.envelope.store;

import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.SpendCell;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the planned-against-actual comparison reads: entered hours and outcomes, and the imported spend summed. */
public interface ActualsRepository {
    /** What was entered for the plan lines of a sprint, by plan line id (lines with nothing entered are absent). */
    Map<Long, LineActual> lineActuals(long sprintId);

    /** What was entered for every plan line, by plan line id. */
    Map<Long, LineActual> lineActuals();

    /** Stores what was entered for a line, replacing what was there; an empty one removes it. */
    void save(LineActual actual);

    /** Stores several in one transaction: all or none. */
    void saveAll(Collection<LineActual> actuals);

    /**
     * Every imported billing line, summed into {@link SpendCell}s (same batch, sprint, epic, vendor,
     * product, SKU, model, unit, token kind, and alike in having token counts and a list cost), in
     * the portfolio currency: each line's costs times its own FX rate, exact.
     */
    List<SpendCell> spendCells();
}
