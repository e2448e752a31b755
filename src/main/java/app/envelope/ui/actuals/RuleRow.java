package app.envelope.ui.actuals;

import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.RuleOperator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One rule being edited: field, operator, value and epic as properties, and the reason it cannot
 * be applied (an unknown field, an empty value, a bad regular expression, an unknown epic), kept up
 * to date on every change; empty when the rule is valid.
 */
public final class RuleRow {
    private final StringProperty field = new SimpleStringProperty("");
    private final ObjectProperty<RuleOperator> operator = new SimpleObjectProperty<>(RuleOperator.EQUALS);
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty epic = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Supplier<Set<String>> knownEpics;

    RuleRow(String field, RuleOperator operator, String value, String epic, Supplier<Set<String>> knownEpics) {
        this.knownEpics = knownEpics;
        this.field.set(field);
        this.operator.set(operator);
        this.value.set(value);
        this.epic.set(epic);
        this.field.addListener(o -> validate());
        this.operator.addListener(o -> validate());
        this.value.addListener(o -> validate());
        this.epic.addListener(o -> validate());
        validate();
    }

    /** Re-checks the rule (also when the known epics change). */
    void validate() {
        problem.set(check());
    }

    private String check() {
        if (operator.get() == null) {
            return "choose an operator";
        }
        String e = epic.get() == null ? "" : epic.get().strip().toUpperCase(Locale.ROOT);
        try {
            new AttributionRule(field.get(), operator.get(), value.get(), e);
        } catch (IllegalArgumentException ex) {
            return ex.getMessage();
        }
        if (!knownEpics.get().contains(e)) {
            return "unknown epic \"" + epic.get().strip() + "\"; choose one of the portfolio's epics";
        }
        return "";
    }

    /** The rule, when valid. */
    AttributionRule toRule() {
        return new AttributionRule(field.get(), operator.get(), value.get(), epic.get().strip().toUpperCase(Locale.ROOT));
    }

    public boolean valid() {
        return problem.get().isEmpty();
    }

    public StringProperty fieldProperty() {
        return field;
    }

    public ObjectProperty<RuleOperator> operatorProperty() {
        return operator;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty epicProperty() {
        return epic;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
