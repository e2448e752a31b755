package app.envelope.ui.scenario;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Lays the comparison's figures out in a grid: a title, then per row the figure's name, its plan
 * and scenario values and the change, styled by whether the change is better or worse. Each value
 * has an id ({@code cmp-planned-cost-c-scenario}) for tests and screenshots.
 */
final class ComparisonGrid {
    private ComparisonGrid() {
    }

    /** Fills {@code grid} with the rows of {@code groups}, in that order. */
    static void fill(GridPane grid, String title, List<String> groups, List<ComparisonRow> rows) {
        grid.getChildren().clear();
        grid.setHgap(18);
        grid.setVgap(3);
        grid.add(header(title, "comparison-title"), 0, 0);
        grid.add(cell("Plan", "comparison-head", null), 1, 0);
        grid.add(cell("Scenario", "comparison-head", null), 2, 0);
        grid.add(cell("Change", "comparison-head", null), 3, 0);
        int row = 1;
        for (String g : groups) {
            for (ComparisonRow r : rows) {
                if (!r.group().equals(g)) {
                    continue;
                }
                String id = "cmp-" + r.label().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
                Label name = cell(r.label(), "comparison-label", null);
                if (r.label().startsWith("Planned cost")) {
                    name.getStyleClass().add("comparison-strong");
                }
                grid.add(name, 0, row);
                grid.add(cell(r.plan(), "comparison-value", id + "-plan"), 1, row);
                grid.add(cell(r.scenario(), "comparison-value", id + "-scenario"), 2, row);
                Label change = cell(r.change(), "comparison-value", id + "-change");
                change.getStyleClass().add("change-" + r.direction().name().toLowerCase());
                grid.add(change, 3, row);
                row++;
            }
        }
    }

    private static Label header(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label cell(String text, String style, String id) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        if (id != null) {
            l.setId(id);
        }
        if (!style.equals("comparison-label")) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(Pos.CENTER_RIGHT);
        }
        return l;
    }
}
