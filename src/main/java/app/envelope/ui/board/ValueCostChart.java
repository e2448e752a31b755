package app.envelope.ui.board;

import app.envelope.domain.Tier;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private static final double GAP = 8;
    private static final double RIGHT = 24;
    private static final int TICKS = 4;

    private final Map<Long, Bubble> bubbles = new HashMap<>();
    /** The tooltip text the bubbles were last labelled with; another one relabels them all. */
    private Function<BoardRow, String> tipsFor;
    private final List<BoardRow> rows = new ArrayList<>();
    private final List<Label> xTicks = new ArrayList<>();
    private final List<Label> yTicks = new ArrayList<>();
    private final Line diagonal = new Line();
    private final Line xAxis = new Line();
    private final Line yAxis = new Line();
    private final Label title = new Label("Value Y against cost C · bubble = T50 tokens · colour = tier");
    private final Label xLabel = new Label("Planned cost C");
    private final Label yLabel = new Label("Value Y");
    private final HBox legend = new HBox(14);
    private final Consumer<BoardRow> onSelect;
    private Function<BoardRow, String> tooltipText = this::fullTooltip;
    private String currency = "USD";
    private long selectedId = -1;

    public ValueCostChart(Consumer<BoardRow> onSelect) {
        this.onSelect = onSelect;
        getStyleClass().add("value-cost-chart");
        setId("valueCostChart");
        title.getStyleClass().add("chart-title");
        title.setMinWidth(0);
        xLabel.getStyleClass().add("axis-label");
        yLabel.getStyleClass().add("axis-label");
        diagonal.getStyleClass().add("break-even-line");
        xAxis.getStyleClass().add("chart-axis");
        yAxis.getStyleClass().add("chart-axis");
        for (Tier t : Tier.values()) {
            Circle dot = new Circle(7);
            dot.getStyleClass().addAll("bubble", "bubble-" + t.label(), "legend-dot");
            Label l = new Label(t.label(), dot);
            l.getStyleClass().add("legend-item");
            legend.getChildren().add(l);
        }
        Label be = new Label("— Y = C (break-even)");
        be.getStyleClass().addAll("legend-item", "legend-break-even");
        legend.getChildren().add(be);
        getChildren().addAll(xAxis, yAxis, diagonal, title, xLabel, yLabel, legend);
        for (int i = 0; i <= TICKS; i++) {
            xTicks.add(tick());
            yTicks.add(tick());
        }
        setMinSize(300, 220);
    }

    private Label tick() {
        Label l = new Label();
        l.getStyleClass().add("tick-label");
        getChildren().add(l);
        return l;
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    /** Replaces what a bubble's tooltip says (the presenter leaves out figures it keeps private). */
    public void setTooltipText(Function<BoardRow, String> text) {
        tooltipText = text == null ? this::fullTooltip : text;
        setRows(new ArrayList<>(rows), currency);
    }

    private String fullTooltip(BoardRow r) {
        return r.line().epicKey() + " " + r.title() + "\nY " + Format.money(r.line().value(), currency)
                + " · C " + Format.money(r.cost().cost(), currency) + "\nT50 tokens " + Format.tokens(r.cost().tokensP50())
                + " · " + r.line().tier().label() + " tier · fit " + r.cost().fit().label();
    }

    /**
     * Shows these rows. A line keeps its bubble (and its tooltip) from one call to the next, so an edit
     * re-positions and re-labels 2,000 bubbles instead of building 2,000 nodes and tooltip windows again.
     */
    public void setRows(List<BoardRow> newRows, String currencyCode) {
        boolean relabelAll = !Objects.equals(currency, currencyCode) || tipsFor != tooltipText;
        currency = currencyCode;
        tipsFor = tooltipText;
        rows.clear();
        rows.addAll(newRows);
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.line().id()));
        Set<Circle> gone = new HashSet<>();
        bubbles.values().removeIf(b -> !ids.contains(b.row.line().id()) && gone.add(b.circle));
        getChildren().removeAll(gone);
        List<Circle> added = new ArrayList<>();
        for (BoardRow r : rows) {
            Bubble b = bubbles.get(r.line().id());
            if (b == null) {
                b = new Bubble(onSelect);
                bubbles.put(r.line().id(), b);
                added.add(b.circle);
            } else if (!relabelAll && r.equals(b.row)) {
                continue;
            }
            b.show(r, tooltipText.apply(r));
        }
        getChildren().addAll(added);
        markSelected();
        requestLayout();
    }

    public void select(long lineId) {
        selectedId = lineId;
        markSelected();
    }

    private void markSelected() {
        bubbles.forEach((id, b) -> {
            b.circle.getStyleClass().remove("selected");
            if (id == selectedId) {
                b.circle.getStyleClass().add("selected");
                b.circle.toFront();
            }
        });
    }

    /** A line's bubble, kept across calls, with its tooltip and the row it was last styled and labelled for. */
    private static final class Bubble {
        final Circle circle = new Circle(5);
        final Tooltip tip = new Tooltip();
        BoardRow row;

        Bubble(Consumer<BoardRow> onSelect) {
            circle.getStyleClass().add("bubble");
            circle.setOnMouseClicked(e -> onSelect.accept(row));
            Tooltip.install(circle, tip);
        }

        void show(BoardRow r, String tipText) {
            row = r;
            String tier = "bubble-" + r.line().tier().label();
            if (!circle.getStyleClass().contains(tier)) {
                circle.getStyleClass().removeIf(k -> k.startsWith("bubble-"));
                circle.getStyleClass().add(tier);
            }
            circle.setId("bubble-" + r.line().epicKey());
            tip.setText(tipText);
        }
    }

    /**
     * Lays the chart out from the measured sizes of its labels, so it stays readable at any font
     * size (the board's 12px ticks, the presenter's 18px and up).
     */
    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double max = niceMax(rows.stream().mapToDouble(r -> Math.max(r.line().value().doubleValue(),
                r.cost().cost().doubleValue())).max().orElse(1));
        double maxX = niceMax(rows.stream().mapToDouble(r -> r.cost().cost().doubleValue()).max().orElse(1) * 1.1);
        double maxY = max;
        double tickW = 0;
        double tickH = 0;
        for (int i = 0; i <= TICKS; i++) {
            xTicks.get(i).setText(Format.money(BigDecimal.valueOf(maxX * i / TICKS), currency));
            yTicks.get(i).setText(Format.money(BigDecimal.valueOf(maxY * i / TICKS), currency));
            tickW = Math.max(tickW, Math.max(xTicks.get(i).prefWidth(-1), yTicks.get(i).prefWidth(-1)));
            tickH = Math.max(tickH, yTicks.get(i).prefHeight(-1));
        }
        double titleH = title.prefHeight(-1);
        double legendW = legend.prefWidth(-1);
        double legendH = legend.prefHeight(-1);
        double titleW = Math.min(title.prefWidth(-1), Math.max(0, w - 8));
        boolean legendBeside = titleW + GAP * 3 + legendW <= w - RIGHT;
        double top = 4 + titleH + (legendBeside ? 0 : legendH + 2) + yLabel.prefHeight(-1) + GAP + tickH / 2;
        double left = Math.max(tickW + GAP * 2, yLabel.prefWidth(-1) * 0.5);
        double bottom = tickH + xLabel.prefHeight(-1) + GAP * 2;
        double plotW = Math.max(10, w - left - RIGHT);
        double plotH = Math.max(10, h - top - bottom);
        title.resizeRelocate(4, 4, titleW, titleH);
        if (legendBeside) {
            legend.resizeRelocate(w - RIGHT - legendW, 4 + (titleH - legendH) / 2, legendW, legendH);
        } else {
            legend.resizeRelocate(4, 4 + titleH + 2, Math.min(legendW, w - 8), legendH);
        }
        xAxis.setStartX(left);
        xAxis.setStartY(top + plotH);
        xAxis.setEndX(left + plotW);
        xAxis.setEndY(top + plotH);
        yAxis.setStartX(left);
        yAxis.setStartY(top);
        yAxis.setEndX(left);
        yAxis.setEndY(top + plotH);
        double lim = Math.min(maxX, maxY);
        diagonal.setStartX(left);
        diagonal.setStartY(top + plotH);
        diagonal.setEndX(left + plotW * lim / maxX);
        diagonal.setEndY(top + plotH - plotH * lim / maxY);
        boolean everyTick = plotW / TICKS >= tickW + GAP * 2;
        for (int i = 0; i <= TICKS; i++) {
            Label x = xTicks.get(i);
            x.setVisible(everyTick || i % 2 == 0);
            double xw = x.prefWidth(-1);
            double xc = left + plotW * i / TICKS - xw / 2;
            x.resizeRelocate(Math.min(Math.max(0, xc), w - xw), top + plotH + 4, xw, tickH);
            Label y = yTicks.get(i);
            double yw = y.prefWidth(-1);
            y.resizeRelocate(left - GAP - yw, top + plotH - plotH * i / TICKS - tickH / 2, yw, tickH);
        }
        double xlw = xLabel.prefWidth(-1);
        xLabel.resizeRelocate(left + plotW / 2 - xlw / 2, top + plotH + 4 + tickH + GAP / 2, xlw, xLabel.prefHeight(-1));
        yLabel.resizeRelocate(4, top - tickH / 2 - yLabel.prefHeight(-1) - GAP / 2, yLabel.prefWidth(-1), yLabel.prefHeight(-1));
        double maxRadius = Math.min(60, Math.max(14, Math.min(plotW, plotH) / 6));
        BigDecimal maxTokens = rows.stream().map(r -> r.cost().tokensP50()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        for (BoardRow r : rows) {
            Circle c = bubbles.get(r.line().id()).circle;
            double share = maxTokens.signum() == 0 ? 0 : r.cost().tokensP50().doubleValue() / maxTokens.doubleValue();
            c.setRadius(Math.max(5, maxRadius * Math.sqrt(share)));
            c.setCenterX(left + plotW * r.cost().cost().doubleValue() / maxX);
            c.setCenterY(top + plotH - plotH * r.line().value().doubleValue() / maxY);
        }
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
