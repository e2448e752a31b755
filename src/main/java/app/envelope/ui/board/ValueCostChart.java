package app.envelope.ui.board;

import app.envelope.domain.Tier;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * Value Y against planned cost C, one bubble per line: bubble area by T50 tokens, colour by tier
 * (and a legend), the line Y = C drawn. Clicking a bubble selects its line; the selected line's
 * bubble is outlined. Positions use doubles only for drawing; the figures in tooltips are exact.
 */
public final class ValueCostChart extends Region {
    private static final double LEFT = 84;
    private static final double BOTTOM = 46;
    private static final double TOP = 40;
    private static final double RIGHT = 24;
    private static final double MAX_RADIUS = 34;

    private final Map<Long, Circle> bubbles = new HashMap<>();
    private final List<BoardRow> rows = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final Line diagonal = new Line();
    private final Line xAxis = new Line();
    private final Line yAxis = new Line();
    private final Label title = new Label("Value Y against cost C · bubble = T50 tokens · colour = tier");
    private final Label xLabel = new Label("Planned cost C");
    private final Label yLabel = new Label("Value Y");
    private final HBox legend = new HBox(14);
    private final Consumer<BoardRow> onSelect;
    private String currency = "USD";
    private long selectedId = -1;

    public ValueCostChart(Consumer<BoardRow> onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("value-cost-chart");
        setId("valueCostChart");
        title.getStyleClass().add("chart-title");
        xLabel.getStyleClass().add("axis-label");
        yLabel.getStyleClass().add("axis-label");
        diagonal.getStyleClass().add("break-even-line");
        xAxis.getStyleClass().add("chart-axis");
        yAxis.getStyleClass().add("chart-axis");
        for (Tier t : Tier.values()) {
            Circle dot = new Circle(7);
            dot.getStyleClass().addAll("bubble", "bubble-" + t.label());
            Label l = new Label(t.label(), dot);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        Label be = new Label("— Y = C (break-even)");
        be.getStyleClass().addAll("legend-item", "legend-break-even");
        legend.getChildren().add(be);
        getChildren().addAll(xAxis, yAxis, diagonal, title, xLabel, yLabel, legend);
        setMinSize(300, 220);
    }

    public void setRows(List<BoardRow> newRows, String currencyCode) {
        currency = currencyCode;
        rows.clear();
        rows.addAll(newRows);
        getChildren().removeAll(bubbles.values());
        bubbles.clear();
        BigDecimal maxTokens = rows.stream().map(r -> r.cost().tokensP50()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        for (BoardRow r : rows) {
            double share = maxTokens.signum() == 0 ? 0 : r.cost().tokensP50().doubleValue() / maxTokens.doubleValue();
            Circle c = new Circle(Math.max(5, MAX_RADIUS * Math.sqrt(share)));
            c.getStyleClass().addAll("bubble", "bubble-" + r.line().tier().label());
            c.setId("bubble-" + r.line().epicKey());
            Tooltip.install(c, new Tooltip(r.line().epicKey() + " " + r.title() + "\nY " + Format.money(r.line().value(), currency)
                    + " · C " + Format.money(r.cost().cost(), currency) + "\nT50 tokens " + Format.tokens(r.cost().tokensP50())
                    + " · " + r.line().tier().label() + " tier · fit " + r.cost().fit().label()));
            c.setOnMouseClicked(e -> onSelect.accept(r));
            bubbles.put(r.line().id(), c);
        }
        getChildren().addAll(bubbles.values());
        markSelected();
        requestLayout();
    }

    public void select(long lineId) {
        selectedId = lineId;
        markSelected();
    }

    private void markSelected() {
        bubbles.forEach((id, c) -> {
            c.getStyleClass().remove("selected");
            if (id == selectedId) {
                c.getStyleClass().add("selected");
                c.toFront();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        title.resizeRelocate(LEFT, 4, w - LEFT - RIGHT, 24);
        legend.resizeRelocate(w - RIGHT - legend.prefWidth(-1), 6, legend.prefWidth(-1), 24);
        double plotW = Math.max(10, w - LEFT - RIGHT);
        double plotH = Math.max(10, h - TOP - BOTTOM);
        double max = niceMax(rows.stream().mapToDouble(r -> Math.max(r.line().value().doubleValue(),
                r.cost().cost().doubleValue())).max().orElse(1));
        double maxX = niceMax(rows.stream().mapToDouble(r -> r.cost().cost().doubleValue()).max().orElse(1) * 1.1);
        double maxY = max;
        xAxis.setStartX(LEFT);
        xAxis.setStartY(TOP + plotH);
        xAxis.setEndX(LEFT + plotW);
        xAxis.setEndY(TOP + plotH);
        yAxis.setStartX(LEFT);
        yAxis.setStartY(TOP);
        yAxis.setEndX(LEFT);
        yAxis.setEndY(TOP + plotH);
        double lim = Math.min(maxX, maxY);
        diagonal.setStartX(LEFT);
        diagonal.setStartY(TOP + plotH);
        diagonal.setEndX(LEFT + plotW * lim / maxX);
        diagonal.setEndY(TOP + plotH - plotH * lim / maxY);
        getChildren().removeAll(ticks);
        ticks.clear();
        for (int i = 0; i <= 4; i++) {
            tick(Format.money(BigDecimal.valueOf(maxX * i / 4), currency), LEFT + plotW * i / 4 - 30, TOP + plotH + 4);
            tick(Format.money(BigDecimal.valueOf(maxY * i / 4), currency), 4, TOP + plotH - plotH * i / 4 - 10);
        }
        xLabel.resizeRelocate(LEFT + plotW / 2 - 60, h - 22, 160, 20);
        yLabel.resizeRelocate(4, TOP - 24, 120, 20);
        for (BoardRow r : rows) {
            Circle c = bubbles.get(r.line().id());
            c.setCenterX(LEFT + plotW * r.cost().cost().doubleValue() / maxX);
            c.setCenterY(TOP + plotH - plotH * r.line().value().doubleValue() / maxY);
        }
    }

    private void tick(String text, double x, double y) {
        Label l = new Label(text);
        l.getStyleClass().add("tick-label");
        l.resizeRelocate(x, y, 76, 18);
        ticks.add(l);
        getChildren().add(l);
    }

    private static double niceMax(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * mag >= v) {
                return step * mag;
            }
        }
        return 10 * mag;
    }
}
