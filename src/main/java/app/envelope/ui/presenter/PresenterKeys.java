package app.envelope.ui.presenter;

import app.envelope.ui.theme.Appearance;
import javafx.event.EventHandler;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * Presenter mode's keyboard: what each key does (sent to the view model) and the hints that say
 * so on screen. While the in-place editor is open its own keys apply ({@link PresenterEditor}).
 */
final class PresenterKeys implements EventHandler<KeyEvent> {
    private static final String[][] HINTS = {
        {"↑ ↓", "line"}, {"Enter", "edit Y · Z · size · tier"}, {"Tab", "next field"}, {"Space", "fund"},
        {"Ctrl+Z", "undo"}, {"Ctrl+Y", "redo"}, {"Ctrl + −", "zoom"}, {"Ctrl+T", "theme"},
        {"Ctrl+Shift+R", "reveal"}, {"Esc", "leave"}, {"F1", "keys"},
    };

    private final PresenterViewModel vm;
    private final Appearance appearance;
    private final Runnable onLeave;

    PresenterKeys(PresenterViewModel vm, Appearance appearance, Runnable onLeave) {
        this.vm = vm;
        this.appearance = appearance;
        this.onLeave = onLeave;
    }

    /** Puts a key cap and what it does, for every key, into {@code hints}. */
    static void fillHints(FlowPane hints) {
        for (String[] h : HINTS) {
            Label cap = new Label(h[0]);
            cap.getStyleClass().add("keycap");
            Label what = new Label(h[1]);
            what.getStyleClass().add("key-what");
            HBox hint = new HBox(cap, what);
            hint.getStyleClass().add("key-hint");
            hints.getChildren().add(hint);
        }
    }

    @Override
    public void handle(KeyEvent e) {
        if (vm.edit().editingProperty().get() != null) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.F1) {
            vm.zoom().toggleKeys();
            e.consume();
            return;
        }
        boolean ctrl = e.isShortcutDown();
        if (ctrl && e.isShiftDown() && k == KeyCode.R) {
            vm.privacy().toggleReveal();
        } else if (ctrl && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
            vm.zoom().zoomIn();
        } else if (ctrl && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            vm.zoom().zoomOut();
        } else if (ctrl && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            vm.zoom().resetZoom();
        } else if (ctrl && k == KeyCode.Z && !e.isShiftDown()) {
            vm.undo();
        } else if (ctrl && (k == KeyCode.Y || (k == KeyCode.Z && e.isShiftDown()))) {
            vm.redo();
        } else if (ctrl && k == KeyCode.T) {
            appearance.choosePresenterTheme(appearance.presenterThemeProperty().get().next());
        } else if (ctrl) {
            return;
        } else if (!move(k)) {
            return;
        }
        e.consume();
    }

    /** The keys without Ctrl; false when {@code k} is none of them. */
    private boolean move(KeyCode k) {
        if (k == KeyCode.UP) {
            vm.move(-1);
        } else if (k == KeyCode.DOWN) {
            vm.move(1);
        } else if (k == KeyCode.PAGE_UP) {
            vm.move(-10);
        } else if (k == KeyCode.PAGE_DOWN) {
            vm.move(10);
        } else if (k == KeyCode.HOME) {
            vm.moveToFirst();
        } else if (k == KeyCode.END) {
            vm.moveToLast();
        } else if (k == KeyCode.ENTER) {
            vm.edit().beginEdit();
        } else if (k == KeyCode.SPACE) {
            vm.toggleFunded();
        } else if (k == KeyCode.ESCAPE) {
            onLeave.run();
        } else {
            return false;
        }
        return true;
    }
}
