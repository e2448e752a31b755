package app.envelope.domain.actuals;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a comparison needs: the sprint, its plan lines, the rate card, the epics, the imported
 * spend (cells of any sprint; the comparison picks the files that hold this sprint's spend), what
 * was entered per line, and the epics' earlier cost per outcome (for trends).
 */
public record CompareInput(Sprint sprint, List<PlanLine> lines, RateCard rateCard, Map<String, Epic> epics,
                           List<SpendCell> cells, Map<Long, LineActual> actuals,
                           Map<String, List<OutcomePoint>> earlierOutcomes) {
    public CompareInput {
        Objects.requireNonNull(sprint, "sprint");
        Objects.requireNonNull(rateCard, "rateCard");
        lines = List.copyOf(lines);
        epics = Map.copyOf(epics);
        cells = List.copyOf(cells);
        actuals = Map.copyOf(actuals);
        earlierOutcomes = Map.copyOf(earlierOutcomes);
    }
}
