package app.envelope.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The seam for slow work (database, files). The production implementation runs the work on a
 * worker thread and the callbacks on the JavaFX thread; tests use {@link #IMMEDIATE}.
 */
public interface BackgroundTasks {
    <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands a small state update from running work (such as progress) to the UI: on the JavaFX
     * thread in production; at once, on the calling thread, by default and in tests.
     */
    default void publish(Runnable update) {
        update.run();
    }

    /** Runs work and callbacks on the calling thread: deterministic view-model tests. */
    BackgroundTasks IMMEDIATE = new BackgroundTasks() {
        @Override
        public <T> void run(String description, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
