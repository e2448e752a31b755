package app.envelope.ui.compare;

import app.envelope.domain.actuals.AlertLevel;
import javafx.scene.control.Label;

/** The budget badge ("▲ over plan", "● 90%", "● 75%") as the grid and the alert list show it. */
final class AlertBadge {
    private AlertBadge() {
    }

    static Label create() {
        Label badge = new Label();
        badge.getStyleClass().add("alert-badge");
        return badge;
    }

    /** Shows {@code level} on a badge made by {@link #create()}. */
    static void show(Label badge, AlertLevel level) {
        badge.setText(SprintAlerts.badge(level));
        badge.getStyleClass().removeAll("level-75", "level-90", "level-100");
        badge.getStyleClass().add("level-" + level.percent());
    }
}
