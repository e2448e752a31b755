package app.envelope.ui.compare;

import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.ui.Format;
import java.util.List;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** A small line chart: one epic's actual cost per outcome over the sprints (double only for pixels). */
final class OutcomeTrendChart extends LineChart<String, Number> {
    private String currency = "USD";

    OutcomeTrendChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("outcomeTrendChart");
        getStyleClass().add("outcome-trend-chart");
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(true);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Format.money(java.math.BigDecimal.valueOf(Math.round(n.doubleValue())), currency);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
    }

    void setPoints(List<OutcomePoint> points, String currency) {
        this.currency = currency;
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        ((CategoryAxis) getXAxis()).getCategories().setAll(points.stream().map(p -> TrendChart.shortName(p.sprint())).toList());
        for (OutcomePoint p : points) {
            if (p.costPerOutcome() == null) {
                continue;
            }
            XYChart.Data<String, Number> d = new XYChart.Data<>(TrendChart.shortName(p.sprint()), p.costPerOutcome().doubleValue());
            String tip = p.sprint() + ": " + p.count() + " " + p.unit() + ", " + Format.exact(p.costPerOutcome(), currency) + " each";
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            s.getData().add(d);
        }
        getData().setAll(List.of(s));
    }
}
