package app.envelope.ui.theme;

import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The remembered look of the app: the window's theme and the presenter's theme (a projector often
 * wants high contrast while the desk does not; until chosen, the presenter follows the window).
 * Read from and written to the portfolio's settings in the background. No controls.
 */
public final class Appearance {
    static final String WINDOW_KEY = "ui.theme";
    static final String PRESENTER_KEY = "presenter.theme";

    private final Store store;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Theme> windowTheme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Theme> presenterTheme = new SimpleObjectProperty<>(null);
    private final ReadOnlyObjectWrapper<Theme> presenting = new ReadOnlyObjectWrapper<>(Theme.LIGHT);
    private boolean chosen;

    public Appearance(Store store, BackgroundTasks tasks) {
        this.store = store;
        this.tasks = tasks;
        windowTheme.addListener(o -> presenting.set(presenterTheme()));
        presenterTheme.addListener(o -> presenting.set(presenterTheme()));
    }

    /** Reads the remembered themes; a theme chosen meanwhile (or given on the command line) wins. */
    public void load() {
        tasks.run("Reading the theme", () -> new String[] {
            store.settings().get(WINDOW_KEY).orElse(null), store.settings().get(PRESENTER_KEY).orElse(null)}, v -> {
                if (chosen) {
                    return;
                }
                windowTheme.set(parseOr(v[0], Theme.LIGHT));
                presenterTheme.set(parseOr(v[1], null));
            }, e -> { });
    }

    private static Theme parseOr(String text, Theme fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Theme.parse(text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The user picked the window's theme: shown at once and remembered. */
    public void chooseWindowTheme(Theme theme) {
        if (theme == null || theme == windowTheme.get()) {
            return;
        }
        chosen = true;
        windowTheme.set(theme);
        save(WINDOW_KEY, theme);
    }

    /** The user picked the presenter's theme: shown at once and remembered. */
    public void choosePresenterTheme(Theme theme) {
        if (theme == null || theme == presenterTheme()) {
            return;
        }
        chosen = true;
        presenterTheme.set(theme);
        save(PRESENTER_KEY, theme);
    }

    /** Shows a theme everywhere without remembering it (the screenshot command's {@code --theme}). */
    public void preview(Theme theme) {
        chosen = true;
        windowTheme.set(theme);
        presenterTheme.set(theme);
    }

    private void save(String key, Theme theme) {
        tasks.run("Remembering the theme", () -> {
            store.settings().put(key, theme.id());
            return null;
        }, ok -> { }, e -> { });
    }

    public ObjectProperty<Theme> windowThemeProperty() {
        return windowTheme;
    }

    /** The presenter's theme: its own choice, else the window's. */
    public Theme presenterTheme() {
        return presenterTheme.get() != null ? presenterTheme.get() : windowTheme.get();
    }

    public ReadOnlyObjectProperty<Theme> presenterThemeProperty() {
        return presenting.getReadOnlyProperty();
    }
}
