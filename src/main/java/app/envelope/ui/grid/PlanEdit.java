package app.envelope.ui.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One user action (a cell edit, a paste, a balance "apply"): undone and redone as a whole. */
public record PlanEdit(String label, List<Change> changes) {
    public PlanEdit {
        changes = List.copyOf(changes);
    }

    public PlanEdit inverse() {
        List<Change> inv = new ArrayList<>();
        for (Change c : changes) {
            inv.add(c.inverse());
        }
        Collections.reverse(inv);
        return new PlanEdit(label, inv);
    }
}
