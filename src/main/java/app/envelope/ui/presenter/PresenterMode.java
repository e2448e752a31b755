package app.envelope.ui.presenter;

import app.envelope.ui.theme.Appearance;
import app.envelope.ui.theme.ThemeSheets;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Switches a window between its normal screens and presenter mode: the scene's whole root is
 * replaced by the presenter view (so no other screen, and none of their figures, is in the scene
 * graph while presenting), the stage goes full screen, and the presenter's theme applies. Leaving
 * (Esc, F11, or the stage leaving full screen) puts the normal root, screen and theme back.
 */
public final class PresenterMode {
    private static final String EXIT_HINT = "Presenter mode · Esc leaves";

    private final PresenterViewModel vm;
    private final Appearance appearance;
    private final Supplier<PresenterView> build;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private PresenterView view;
    private Parent normalRoot;
    private Scene scene;
    private boolean pending;
    private boolean switching;
    private final javafx.beans.value.ChangeListener<Boolean> onFullScreen = this::fullScreenChanged;

    /** The presenter's root and its controller, built on first use. */
    public record PresenterView(Parent root, PresenterController controller) {
    }

    public PresenterMode(PresenterViewModel vm, Appearance appearance, Supplier<PresenterView> build) {
        this.vm = vm;
        this.appearance = appearance;
        this.build = build;
        appearance.windowThemeProperty().addListener(o -> applyTheme());
        appearance.presenterThemeProperty().addListener(o -> applyTheme());
    }

    /** Connects to the window's scene: F11 toggles presenter mode from any screen. */
    public void attach(Scene s) {
        scene = s;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F11) {
                toggle();
                e.consume();
            }
        });
        scene.windowProperty().addListener((o, a, w) -> {
            if (active.get()) {
                fullScreen(true);
            }
        });
        applyTheme();
        if (pending) {
            pending = false;
            enter();
        }
    }

    public void toggle() {
        if (active.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (scene == null) {
            pending = true;
            return;
        }
        if (active.get()) {
            return;
        }
        if (view == null) {
            view = build.get();
        }
        normalRoot = scene.getRoot();
        vm.enter();
        active.set(true);
        scene.setRoot(view.root());
        applyTheme();
        fullScreen(true);
        view.controller().focus();
    }

    public void leave() {
        if (!active.get() || switching) {
            return;
        }
        vm.leave();
        active.set(false);
        scene.setRoot(normalRoot);
        applyTheme();
        fullScreen(false);
        normalRoot.requestFocus();
    }

    private void fullScreen(boolean on) {
        Window w = scene.getWindow();
        if (!(w instanceof Stage stage)) {
            return;
        }
        if (on && !stage.isShowing()) {
            // Going full screen before the window is up fails on some platforms (headless Monocle
            // needs a focused window): do it once the stage shows.
            stage.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        stage.showingProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> {
                            if (active.get()) {
                                fullScreen(true);
                            }
                        });
                    }
                }
            });
            return;
        }
        switching = true;
        try {
            if (on) {
                stage.setFullScreenExitHint(EXIT_HINT);
                stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
                stage.fullScreenProperty().removeListener(onFullScreen);
                stage.fullScreenProperty().addListener(onFullScreen);
            }
            stage.setFullScreen(on);
        } catch (RuntimeException e) {
            // A platform that cannot switch (no focused window yet): presenting works in the window as it is.
            System.getLogger(PresenterMode.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot switch full screen " + (on ? "on" : "off") + ": " + e);
        } finally {
            switching = false;
        }
    }

    /** The system took the stage out of full screen (a window manager key): leave presenter mode too. */
    private void fullScreenChanged(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
        if (!now && !switching && active.get()) {
            leave();
        }
    }

    private void applyTheme() {
        if (scene != null) {
            ThemeSheets.apply(scene.getStylesheets(), active.get() ? appearance.presenterThemeProperty().get()
                    : appearance.windowThemeProperty().get());
        }
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
