package app.envelope.ui.scenario;

import app.envelope.domain.Scenario;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.Store;
import app.envelope.ui.grid.PlanSnapshot;
import java.util.List;

/**
 * What the scenario screen shows of a sprint, read in one go off the FX thread: its plan, its
 * scenarios, and the one to open (the one asked for if it still exists, else the newest not yet
 * adopted, else the newest; null when the sprint has none).
 */
record OpenScenario(PlanSnapshot plan, List<ScenarioRepository.Summary> scenarios, Scenario scenario) {
    static OpenScenario read(Store store, long sprintId, Long scenarioId) {
        List<ScenarioRepository.Summary> list = store.scenarios().list(sprintId);
        Long open = scenarioId != null && list.stream().anyMatch(x -> x.id() == scenarioId) ? scenarioId
                : list.stream().filter(x -> x.adoptedAt() == null).map(ScenarioRepository.Summary::id)
                        .reduce((a, b) -> b).orElse(list.isEmpty() ? null : list.get(list.size() - 1).id());
        return new OpenScenario(PlanSnapshot.read(store, store.portfolio().sprint(sprintId).orElseThrow()), list,
                open == null ? null : store.scenarios().load(open).orElse(null));
    }
}
