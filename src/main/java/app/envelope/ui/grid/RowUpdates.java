package app.envelope.ui.grid;

import java.util.List;
import java.util.function.ToLongFunction;
import javafx.collections.ObservableList;

/** Puts a recomputed list of grid rows in place of the shown one, touching as few rows as it can. */
public final class RowUpdates {
    private RowUpdates() {
    }

    /**
     * When {@code next} has the same lines in the same order as {@code shown} (what a recompute after an
     * edit gives), only the rows that differ are replaced, so the grid redraws a few rows instead of all
     * of them (2,000 on a large board); otherwise the whole list is replaced.
     */
    public static <R> void replace(ObservableList<R> shown, List<R> next, ToLongFunction<R> lineId) {
        boolean sameLines = shown.size() == next.size();
        for (int i = 0; sameLines && i < next.size(); i++) {
            sameLines = lineId.applyAsLong(shown.get(i)) == lineId.applyAsLong(next.get(i));
        }
        if (!sameLines) {
            shown.setAll(next);
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            if (!shown.get(i).equals(next.get(i))) {
                shown.set(i, next.get(i));
            }
        }
    }
}
