package app.envelope.ui.compare;

import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.BudgetAlert;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.ui.Format;
import java.math.RoundingMode;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The alert list: the sprint's and its lines' budget alerts (75%, 90%, over plan) and how each reads. Knows no controls. */
public final class SprintAlerts {
    private final ObservableList<BudgetAlert> alerts = FXCollections.observableArrayList();
    private String currency = "USD";

    void show(SprintComparison c) {
        currency = c.currency();
        alerts.setAll(c.alerts());
    }

    public ObservableList<BudgetAlert> alerts() {
        return alerts;
    }

    /** "PAY-142 · $36,190 of $34,536 (105%)". */
    public String alertText(BudgetAlert a) {
        String share = a.share() == null ? "" : " (" + a.share().setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%)";
        String who = a.scope() == BudgetAlert.Scope.SPRINT ? "Sprint" : a.key();
        return who + " · " + Format.money(a.actual(), currency) + " of " + Format.money(a.plan(), currency) + share;
    }

    public static String badge(AlertLevel level) {
        return switch (level) {
            case AT_100 -> "▲ over plan";
            case AT_90 -> "● 90%";
            case AT_75 -> "● 75%";
            case NONE -> "";
        };
    }
}
