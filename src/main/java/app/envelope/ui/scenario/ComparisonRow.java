package app.envelope.ui.scenario;

/**
 * One figure of the comparison: its name, the plan's and the scenario's value as shown, the change
 * ("+$1,200", "−2", "same"), and whether the change is for the better (lower cost, more value,
 * more green lines...). {@code group} says in which block it is shown.
 */
public record ComparisonRow(String group, String label, String plan, String scenario, String change,
                            Direction direction) {
    public enum Direction { BETTER, WORSE, SAME, NEUTRAL }
}
