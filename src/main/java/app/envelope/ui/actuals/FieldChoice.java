package app.envelope.ui.actuals;

import app.envelope.billing.mapping.CanonicalField;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One canonical field in the column-mapping dialog: the file column chosen for it (or none) and an example value. */
public final class FieldChoice {
    private final CanonicalField field;
    private final String label;
    private final boolean required;
    private final StringProperty column = new SimpleStringProperty(ColumnMappingViewModel.NONE);
    private final ReadOnlyStringWrapper example = new ReadOnlyStringWrapper("");

    FieldChoice(CanonicalField field, String label, boolean required) {
        this.field = field;
        this.label = label;
        this.required = required;
    }

    public CanonicalField field() {
        return field;
    }

    /** What the user reads, e.g. "Effective cost *" for a required field. */
    public String label() {
        return required ? label + " *" : label;
    }

    public boolean required() {
        return required;
    }

    /** The chosen header name, or {@link ColumnMappingViewModel#NONE}. */
    public StringProperty columnProperty() {
        return column;
    }

    public ReadOnlyStringProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    void setExample(String text) {
        example.set(text);
    }
}
