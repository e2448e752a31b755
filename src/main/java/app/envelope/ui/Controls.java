package app.envelope.ui;

import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

/** Small control helpers the screens' controllers share: what a choice reads as, a committed field, a style flag. */
public final class Controls {
    private Controls() {
    }

    /** Shows the box's items and its chosen one as {@code text} says (which may take null, e.g. "All"). */
    public static <T> void showAs(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(l -> new TextCell<>(text));
        box.setButtonCell(new TextCell<>(text));
    }

    /** A chooser of {@code items} whose choice is {@code chosen} (both ways), each item shown as {@code text} says. */
    public static <T> void choose(ComboBox<T> box, ObservableList<T> items, Property<T> chosen, Function<T, String> text) {
        box.setItems(items);
        showAs(box, text);
        box.valueProperty().bindBidirectional(chosen);
    }

    /** Runs {@code commit} when the user presses Enter in the field or leaves it. */
    public static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /** Adds the style class when {@code on}, else removes it (once). */
    public static void styleIf(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : text.apply(item));
        }
    }
}
