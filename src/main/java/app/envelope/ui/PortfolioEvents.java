package app.envelope.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Change notifications between the screens' view models: one instance per window, passed to each
 * view model by its constructor (no static state). A view model that stores a change announces it
 * here once it is stored; the others re-read what they show. Listeners run on the announcing
 * thread: the JavaFX thread in the app (store callbacks arrive there), the test thread in tests.
 */
public final class PortfolioEvents {
    private final List<Runnable> rateCardListeners = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> planListeners = new CopyOnWriteArrayList<>();

    /** Called after any rate-card version, model, currency or FX rate is stored. */
    public void onRateCardChanged(Runnable listener) {
        rateCardListeners.add(listener);
    }

    public void rateCardChanged() {
        rateCardListeners.forEach(Runnable::run);
    }

    /** Called with the sprint's id after its plan (lines or budget) is stored. */
    public void onPlanChanged(LongConsumer listener) {
        planListeners.add(listener);
    }

    public void planChanged(long sprintId) {
        planListeners.forEach(l -> l.accept(sprintId));
    }
}
