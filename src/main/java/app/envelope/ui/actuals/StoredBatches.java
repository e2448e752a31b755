package app.envelope.ui.actuals;

import app.envelope.service.ActualsService;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.ui.BackgroundTasks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The list of stored batches (imported files), newest first, read again after an import or a delete. Knows no controls. */
public final class StoredBatches {
    private final ObservableList<BatchRow> rows = FXCollections.observableArrayList();
    private final ActualsService service;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final Consumer<Throwable> failed;

    StoredBatches(ActualsService service, BackgroundTasks tasks, ZoneId zone, Consumer<Throwable> failed) {
        this.service = service;
        this.tasks = tasks;
        this.zone = zone;
        this.failed = failed;
    }

    /** Shows the batches as stored (oldest first) newest first. */
    void show(List<Batch> list) {
        List<BatchRow> newestFirst = new ArrayList<>();
        for (int i = list.size() - 1; i >= 0; i--) {
            newestFirst.add(BatchRow.of(list.get(i), zone));
        }
        rows.setAll(newestFirst);
    }

    /** Reads the batches again. */
    void refresh() {
        tasks.run("Loading batches", service::batches, this::show, failed);
    }

    public ObservableList<BatchRow> rows() {
        return rows;
    }
}
