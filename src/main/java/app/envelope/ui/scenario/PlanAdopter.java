package app.envelope.ui.scenario;

import app.envelope.domain.PlanLine;
import app.envelope.ui.grid.PlanEdit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a scenario into its sprint's plan. The board implements it, so an adoption is one board
 * edit that Undo reverts; {@code done} gets the stored edit, or null when nothing differed.
 */
@FunctionalInterface
public interface PlanAdopter {
    void adopt(long sprintId, List<PlanLine> copies, BigDecimal budget, String label, Consumer<PlanEdit> done,
               Consumer<Throwable> failed);
}
