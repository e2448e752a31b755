package app.envelope.ui.actuals;

import app.envelope.billing.ReadResult;
import app.envelope.billing.RejectedRow;
import app.envelope.billing.RejectedRowsCsv;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The rows a read refused (as many as were kept), with the file's header, for saving as CSV. Knows no controls. */
public final class RejectedRows {
    private final BooleanProperty canSave = new SimpleBooleanProperty(false);
    private List<String> header = List.of();
    private List<RejectedRow> rows = List.of();
    private long count;

    void remember(ReadResult r) {
        header = r.header();
        rows = r.rejected();
        count = r.rejectedCount();
        canSave.set(!rows.isEmpty());
    }

    void forget() {
        header = List.of();
        rows = List.of();
        count = 0;
        canSave.set(false);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<String> header() {
        return header;
    }

    List<RejectedRow> rows() {
        return rows;
    }

    /** All rows refused, kept or not. */
    long count() {
        return count;
    }

    /** True while there are rows to save. */
    public BooleanProperty canSaveProperty() {
        return canSave;
    }

    /**
     * Writes the rows (the file's columns, then row and reason) as CSV in the background; {@code done}
     * gets what to say about it.
     */
    void save(Path target, BackgroundTasks tasks, Consumer<String> done, Consumer<Throwable> failed) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> h = header;
        List<RejectedRow> r = rows;
        long all = count;
        tasks.run("Saving rejected rows", () -> {
            RejectedRowsCsv.write(target, h, r);
            return r.size();
        }, n -> done.accept("Saved " + Figures.rows(n) + " to " + target.getFileName()
                + (all > n ? " (the first " + Figures.count(n) + " of " + Figures.count(all) + " rejected)" : "")), failed);
    }
}
