package app.envelope.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** Runs work in order on one daemon thread (so edits reach the store in the order made); callbacks arrive on the JavaFX thread. */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "envelope-worker");
        t.setDaemon(true);
        return t;
    });

    private final AtomicInteger running = new AtomicInteger();

    /** True when no task is queued or running (used to know when a screen has its data). */
    public boolean idle() {
        return running.get() == 0;
    }

    @Override
    public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(description);
                return work.call();
            }
        };
        running.incrementAndGet();
        task.setOnSucceeded(e -> {
            running.decrementAndGet();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.decrementAndGet();
            onFailure.accept(task.getException());
        });
        pool.execute(task);
    }

    @Override
    public void publish(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
