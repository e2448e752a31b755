package app.envelope.ui.rates;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One input of a rate-card form: its text as typed, the reason it was refused (empty when fine),
 * and for a pick list its choices. {@code row}, {@code column} and {@code span} place it in the
 * form's grid. Knows no control.
 */
public final class FormField {
    /** TEXT and NUMBER are typed; CHOICE picks from {@link #choices()}; SUGGEST types with the choices offered; SHOWN is computed, not typed. */
    public enum Kind { TEXT, CHOICE, SUGGEST, DATE, NUMBER, SHOWN }

    private final String id;
    private final String label;
    private final Kind kind;
    private final int row;
    private final int column;
    private final int span;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();

    public FormField(String id, String label, Kind kind, int row, int column, int span) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.row = row;
        this.column = column;
        this.span = span;
    }

    public static FormField text(String id, String label, int row, int column) {
        return new FormField(id, label, Kind.TEXT, row, column, 1);
    }

    public static FormField number(String id, String label, int row, int column) {
        return new FormField(id, label, Kind.NUMBER, row, column, 1);
    }

    public static FormField date(String id, String label, int row, int column) {
        return new FormField(id, label, Kind.DATE, row, column, 1);
    }

    public static FormField choice(String id, String label, int row, int column, List<String> choices) {
        FormField f = new FormField(id, label, Kind.CHOICE, row, column, 1);
        f.choices.setAll(choices);
        return f;
    }

    public static FormField suggest(String id, String label, int row, int column) {
        return new FormField(id, label, Kind.SUGGEST, row, column, 1);
    }

    public static FormField shown(String id, String label, int row, int column) {
        return new FormField(id, label, Kind.SHOWN, row, column, 1);
    }

    public FormField spanning(int columns) {
        FormField f = new FormField(id, label, kind, row, column, columns);
        f.choices.setAll(choices);
        return f;
    }

    public String id() { return id; }
    public String label() { return label; }
    public Kind kind() { return kind; }
    public int row() { return row; }
    public int column() { return column; }
    public int span() { return span; }
    public StringProperty textProperty() { return text; }
    public StringProperty errorProperty() { return error; }
    public ObservableList<String> choices() { return choices; }

    public String text() {
        String t = text.get();
        return t == null ? "" : t.trim();
    }

    public void set(String value) {
        text.set(value == null ? "" : value);
    }

    public boolean hasError() {
        return error.get() != null && !error.get().isEmpty();
    }
}
