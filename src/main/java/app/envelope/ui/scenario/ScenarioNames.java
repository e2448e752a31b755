package app.envelope.ui.scenario;

import app.envelope.domain.Sprint;
import app.envelope.store.ScenarioRepository;
import java.util.List;

/** Names of a sprint's scenarios: the one offered for a new scenario, and why a typed one is refused. */
final class ScenarioNames {
    /** The longest name a scenario may have. */
    static final int MAX_LENGTH = 200;

    private ScenarioNames() {
    }

    /** "What-if N" with the first N no scenario of the sprint uses. */
    static String suggested(List<ScenarioRepository.Summary> scenarios) {
        int n = 1;
        while (taken(scenarios, "What-if " + n)) {
            n++;
        }
        return "What-if " + n;
    }

    /** Why a new scenario of {@code sprint} cannot be called {@code name} (trimmed), or null when it can. */
    static String refusal(Sprint sprint, String name, List<ScenarioRepository.Summary> scenarios) {
        if (sprint == null) {
            return "pick a sprint first";
        } else if (name.isEmpty()) {
            return "a scenario needs a name";
        } else if (name.length() > MAX_LENGTH) {
            return "a scenario name has at most " + MAX_LENGTH + " characters";
        } else if (taken(scenarios, name)) {
            return sprint.name() + " already has a scenario called “" + name + "”";
        }
        return null;
    }

    private static boolean taken(List<ScenarioRepository.Summary> scenarios, String name) {
        return scenarios.stream().anyMatch(s -> s.name().equalsIgnoreCase(name.trim()));
    }
}
