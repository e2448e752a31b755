package app.envelope.ui.compare;

import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.SprintTrend;
import java.util.List;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the two charts draw: plan against actual over the last sprints up to the selected one, and
 * the selected line's cost per outcome over the sprints. Knows no controls.
 */
public final class Trends {
    private final ObservableList<SprintTrend> sprints = FXCollections.observableArrayList();
    private final ObservableObjectValue<CompareRow> selectedRow;

    Trends(ObservableObjectValue<CompareRow> selectedRow) {
        this.selectedRow = selectedRow;
    }

    /** The sprints' plan and actual, oldest first. */
    public ObservableList<SprintTrend> sprints() {
        return sprints;
    }

    /** The selected line's cost per outcome over the sprints (oldest first), empty when none. */
    public List<OutcomePoint> selectedLine() {
        CompareRow r = selectedRow.get();
        return r == null || !r.isEpic() ? List.of() : r.epic().outcomeTrend();
    }
}
