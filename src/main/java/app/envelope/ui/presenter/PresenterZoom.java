package app.envelope.ui.presenter;

import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Presenter mode's zoom, in steps of the default size, remembered in the portfolio's settings; and
 * the key hints, which fold away by themselves above {@link #KEYS_UP_TO} (F1 brings them back).
 * Knows no controls.
 */
public final class PresenterZoom {
    /** Zoom steps in percent of the default size (20px body text at 100%). */
    public static final List<Integer> SCALES = List.of(75, 80, 90, 100, 110, 125, 150, 175, 200);
    public static final int DEFAULT_SCALE = 100;
    static final String SCALE_KEY = "presenter.scale";
    /** Above this zoom the key hints fold away by themselves (F1 brings them back): the lines need the room. */
    static final int KEYS_UP_TO = 125;

    private final Store store;
    private final BackgroundTasks tasks;
    private final IntegerProperty scale = new SimpleIntegerProperty(DEFAULT_SCALE);
    private final BooleanProperty keysShown = new SimpleBooleanProperty(true);
    private boolean scaleChosen;

    PresenterZoom(Store store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** Reads the remembered zoom (a zoom chosen meanwhile wins). */
    void load() {
        tasks.run("Reading the presenter zoom", () -> store.settings().get(SCALE_KEY).orElse(null), v -> {
            if (!scaleChosen && v != null) {
                try {
                    scale.set(nearestScale(Integer.parseInt(v.trim())));
                    keysShown.set(scale.get() <= KEYS_UP_TO);
                } catch (NumberFormatException e) {
                    scale.set(DEFAULT_SCALE);
                }
            }
        }, e -> { });
    }

    public void zoomIn() {
        step(1);
    }

    public void zoomOut() {
        step(-1);
    }

    public void resetZoom() {
        setScale(DEFAULT_SCALE);
    }

    /** F1: the key hints on and off (they cost a line or two at a large zoom). */
    public void toggleKeys() {
        keysShown.set(!keysShown.get());
    }

    private void step(int direction) {
        int i = SCALES.indexOf(nearestScale(scale.get()));
        setScale(SCALES.get(Math.max(0, Math.min(SCALES.size() - 1, i + direction))));
    }

    private void setScale(int percent) {
        scaleChosen = true;
        if (percent == scale.get()) {
            return;
        }
        if ((percent > KEYS_UP_TO) != (scale.get() > KEYS_UP_TO)) {
            keysShown.set(percent <= KEYS_UP_TO);
        }
        scale.set(percent);
        tasks.run("Remembering the presenter zoom", () -> {
            store.settings().put(SCALE_KEY, Integer.toString(percent));
            return null;
        }, ok -> { }, e -> { });
    }

    static int nearestScale(int percent) {
        return SCALES.stream().min(Comparator.comparingInt(s -> Math.abs(s - percent))).orElse(DEFAULT_SCALE);
    }

    /** The style class carrying the zoom's font size, e.g. {@code scale-125}. */
    public String scaleStyleClass() {
        return "scale-" + scale.get();
    }

    public String scaleText() {
        return scale.get() + "%";
    }

    public IntegerProperty scaleProperty() {
        return scale;
    }

    public BooleanProperty keysShownProperty() {
        return keysShown;
    }
}
