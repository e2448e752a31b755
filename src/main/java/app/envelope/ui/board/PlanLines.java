package app.envelope.ui.board;

import app.envelope.domain.PlanLine;
import app.envelope.ui.grid.Change;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The plan lines of the sprint on the board, in memory and in id order: an edit changes them at
 * once (the figures follow), before it is stored. A line put back keeps its place by its id.
 */
final class PlanLines {
    private List<PlanLine> lines = new ArrayList<>();

    void setAll(List<PlanLine> all) {
        lines = new ArrayList<>(all);
    }

    /** The lines, read-only. */
    List<PlanLine> all() {
        return Collections.unmodifiableList(lines);
    }

    int size() {
        return lines.size();
    }

    /** The line with this id, or null. */
    PlanLine byId(long id) {
        int i = indexOf(id);
        return i < 0 ? null : lines.get(i);
    }

    boolean hasEpic(String key) {
        return lines.stream().anyMatch(l -> l.epicKey().equals(key));
    }

    void add(PlanLine line) {
        lines.add(line);
    }

    /** A line added (put in its place by id), removed or changed. */
    void apply(Change.LineChange lc) {
        int at = lc.before() == null ? -1 : indexOf(lc.before().id());
        if (lc.after() == null) {
            lines.remove(at);
        } else if (at >= 0) {
            lines.set(at, lc.after());
        } else {
            lines.add(insertionPoint(lc.after().id()), lc.after());
        }
    }

    private int insertionPoint(long id) {
        int i = 0;
        while (i < lines.size() && lines.get(i).id() < id) {
            i++;
        }
        return i;
    }

    private int indexOf(long id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
