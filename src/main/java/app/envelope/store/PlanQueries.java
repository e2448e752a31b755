package app.envelope.store;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.SprintStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read-side helpers shared by the command line and the screens: which sprint, and its evaluation. */
public final class PlanQueries {
    private final Store store;

    public PlanQueries(Store store) {
        this.store = store;
    }

    /** The open sprint that started last; else the latest sprint of any status. */
    public Optional<Sprint> currentSprint() {
        List<Sprint> all = store.portfolio().sprints();
        return all.stream().filter(s -> s.status() == SprintStatus.OPEN).max(Comparator.comparing(Sprint::start))
                .or(() -> all.stream().max(Comparator.comparing(Sprint::start)));
    }

    /** The closed sprint that ended last. */
    public Optional<Sprint> lastClosedSprint() {
        return store.portfolio().sprints().stream().filter(s -> s.status() == SprintStatus.CLOSED)
                .max(Comparator.comparing(Sprint::end));
    }

    /** The sprint's prices: the rate-card versions in force at its start. */
    public Pricing pricing(Sprint sprint) {
        return store.rateCard().load().asOf(sprint.start());
    }

    /** Every epic of the portfolio by its key. */
    public Map<String, Epic> epicsByKey() {
        return store.portfolio().epics().stream().collect(Collectors.toMap(Epic::key, Function.identity()));
    }

    public SprintEvaluation evaluate(Sprint sprint) {
        List<PlanLine> lines = store.portfolio().planLines(sprint.id());
        return SprintEvaluation.evaluate(lines, pricing(sprint), sprint.budget());
    }
}
