package app.envelope.ui.compare;

import app.envelope.domain.Money;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.Outcome;
import app.envelope.domain.actuals.SprintComparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor of a plan line's actual hours and outcome: the fields as typed, the outcome units to
 * choose from, and what the fields say once checked. Knows no controls; the screen saves.
 */
public final class ActualEditor {
    private static final List<String> COMMON_UNITS = List.of("PRs merged", "stories accepted", "tickets closed");

    private final StringProperty hoursInput = new SimpleStringProperty("");
    private final StringProperty outcomeCountInput = new SimpleStringProperty("");
    private final StringProperty outcomeUnitInput = new SimpleStringProperty("");
    private final ObservableList<String> outcomeUnits = FXCollections.observableArrayList();

    /** The common units and every unit a line of the comparison already uses, sorted. */
    void offerUnits(SprintComparison c) {
        TreeSet<String> units = new TreeSet<>(COMMON_UNITS);
        c.epics().stream().filter(e -> e.outcome() != null).forEach(e -> units.add(e.outcome().unit()));
        outcomeUnits.setAll(units);
    }

    /** Fills the fields from the selected row; empty when it is not a plan line. */
    void fill(CompareRow r) {
        if (r == null || !r.isEpic()) {
            hoursInput.set("");
            outcomeCountInput.set("");
            outcomeUnitInput.set("");
            return;
        }
        EpicComparison e = r.epic();
        hoursInput.set(e.actualHours() == null ? "" : e.actualHours().stripTrailingZeros().toPlainString());
        outcomeCountInput.set(e.outcome() == null ? "" : Long.toString(e.outcome().count()));
        outcomeUnitInput.set(e.outcome() == null ? "" : e.outcome().unit());
    }

    /**
     * The line's actual as the fields give it (an empty field clears hours or outcome).
     *
     * @throws IllegalArgumentException saying why the fields are refused
     */
    LineActual read(CompareRow r) {
        BigDecimal hours = parseHours(hoursInput.get());
        Outcome outcome = parseOutcome(outcomeCountInput.get(), outcomeUnitInput.get());
        return new LineActual(r.epic().line().id(), hours, outcome);
    }

    static BigDecimal parseHours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal h = Money.parse(text.replace("h", "").strip(), "Hours");
        if (h.signum() < 0) {
            throw new IllegalArgumentException("Hours cannot be negative (" + text.strip() + ").");
        }
        return h;
    }

    static Outcome parseOutcome(String count, String unit) {
        boolean noCount = count == null || count.isBlank();
        boolean noUnit = unit == null || unit.isBlank();
        if (noCount && noUnit) {
            return null;
        }
        if (noCount) {
            throw new IllegalArgumentException("Give the outcome a count, e.g. 12.");
        }
        if (noUnit) {
            throw new IllegalArgumentException("Give the outcome a unit, e.g. \"PRs merged\".");
        }
        long n;
        try {
            n = Long.parseLong(count.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The outcome count \"" + count.strip() + "\" is not a whole number.");
        }
        return new Outcome(n, unit);
    }

    public StringProperty hoursInputProperty() {
        return hoursInput;
    }

    public StringProperty outcomeCountInputProperty() {
        return outcomeCountInput;
    }

    public StringProperty outcomeUnitInputProperty() {
        return outcomeUnitInput;
    }

    public ObservableList<String> outcomeUnits() {
        return outcomeUnits;
    }
}
