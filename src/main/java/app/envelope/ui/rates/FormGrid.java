package app.envelope.ui.rates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Lays out {@link FormField}s in a grid: each is its label, its control bound to the field's text,
 * and under it the reason it was refused (red, and the control marked). View code only.
 */
final class FormGrid {
    private FormGrid() {
    }

    /** Fills {@code grid} with the fields; control ids are {@code prefix-fieldId}. */
    static void fill(GridPane grid, String prefix, List<FormField> fields) {
        grid.getStyleClass().add("form-grid");
        for (FormField f : fields) {
            Node control = control(f);
            control.setId(prefix + "-" + f.id());
            Label label = new Label(f.label());
            label.getStyleClass().add("form-label");
            label.setLabelFor(control);
            Label error = new Label();
            error.setId(prefix + "-" + f.id() + "-error");
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(f.errorProperty());
            error.managedProperty().bind(f.errorProperty().isNotEmpty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            f.errorProperty().addListener((o, a, e) -> {
                control.getStyleClass().remove("refused");
                if (e != null && !e.isEmpty()) {
                    control.getStyleClass().add("refused");
                }
            });
            VBox cell = new VBox(3, label, control, error);
            cell.getStyleClass().add("form-cell");
            GridPane.setHgrow(cell, Priority.ALWAYS);
            grid.add(cell, f.column(), f.row(), f.span(), 1);
        }
    }

    private static Node control(FormField f) {
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>(f.choices());
                box.valueProperty().bindBidirectional(f.textProperty());
                box.setMaxWidth(Double.MAX_VALUE);
                return box;
            }
            case SUGGEST -> {
                ComboBox<String> box = new ComboBox<>(f.choices());
                box.setEditable(true);
                box.getEditor().textProperty().bindBidirectional(f.textProperty());
                box.valueProperty().addListener((o, a, v) -> {
                    if (v != null) {
                        f.set(v);
                    }
                });
                box.setMaxWidth(Double.MAX_VALUE);
                return box;
            }
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setConverter(ISO);
                picker.setPromptText("2026-11-16");
                picker.getEditor().textProperty().bindBidirectional(f.textProperty());
                picker.setMaxWidth(Double.MAX_VALUE);
                return picker;
            }
            case SHOWN -> {
                Label shown = new Label();
                shown.textProperty().bind(f.textProperty());
                shown.getStyleClass().add("form-shown");
                return shown;
            }
            default -> {
                TextField t = new TextField();
                t.textProperty().bindBidirectional(f.textProperty());
                if (f.kind() == FormField.Kind.NUMBER) {
                    t.getStyleClass().add("number-field");
                }
                t.setMaxWidth(Double.MAX_VALUE);
                return t;
            }
        }
    }

    /** Dates as 2026-11-16 both ways; text that is not a date is left for the view model to refuse. */
    private static final StringConverter<LocalDate> ISO = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : d.toString();
        }

        @Override
        public LocalDate fromString(String s) {
            try {
                return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };
}
