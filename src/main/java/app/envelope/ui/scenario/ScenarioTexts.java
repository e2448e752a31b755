package app.envelope.ui.scenario;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import app.envelope.domain.ScenarioComparison;
import app.envelope.domain.Sprint;
import java.util.List;
import java.util.stream.Collectors;

/** What the scenario screen says: its heading, the line-selection note, and its questions before adopting or discarding. */
final class ScenarioTexts {
    private ScenarioTexts() {
    }

    /** Says that {@code sprint} has no scenario yet and how to make one; empty without a sprint. */
    static String noScenario(Sprint sprint) {
        return sprint == null ? "" : "No scenario for " + sprint.name()
                + " yet: “New scenario” copies its plan into a what-if you can change freely.";
    }

    /** The open scenario's name, how many lines it changes, when it was adopted and which lines left the plan. */
    static String heading(Scenario scenario, ScenarioComparison c) {
        StringBuilder h = new StringBuilder("“" + scenario.name() + "” · " + c.changedLines() + " of "
                + c.lines().size() + " lines changed");
        if (scenario.adoptedAt() != null) {
            h.append(" · adopted ").append(scenario.adoptedAt().toLocalDate());
        }
        if (!c.notInPlan().isEmpty()) {
            h.append(" · left out, no longer in the plan: ")
                    .append(c.notInPlan().stream().map(PlanLine::epicKey).collect(Collectors.joining(", ")));
        }
        return h.toString();
    }

    /** The epics of the selected lines, or how to select some. */
    static String selection(List<String> keys) {
        return keys.isEmpty() ? "Select lines in the grid (Ctrl+click, Shift+click) to re-tier them together"
                : keys.size() + (keys.size() == 1 ? " line selected: " : " lines selected: ") + String.join(", ", keys);
    }

    /** The header of the new-scenario dialog. */
    static String newScenarioHeader(Sprint sprint) {
        return "Copy the plan of " + (sprint == null ? "the sprint" : sprint.name()) + " into a what-if scenario";
    }

    /** What adopting {@code scenario} into the plan of {@code sprint} changes, as the question before it. */
    static String adoptQuestion(Scenario scenario, Sprint sprint, ScenarioComparison c) {
        return "Write “" + scenario.name() + "” into the plan of " + sprint.name()
                + "? " + c.changedLines() + " line(s) take the scenario's inputs"
                + (c.scenario().budget().compareTo(c.plan().budget()) != 0 ? " and the budget B changes" : "")
                + ". It is one edit on the board: Undo there reverts it.";
    }

    /** The question before discarding {@code scenario}. */
    static String discardQuestion(Scenario scenario) {
        return "Delete “" + scenario.name() + "”? The plan is not changed.";
    }
}
