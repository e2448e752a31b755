package app.envelope.ui.compare;

import app.envelope.domain.actuals.SprintTrend;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Planned against actual per sprint, by category: for each sprint a plan bar (labour, tokens,
 * tooling, risk reserve) and an actual bar (labour, tokens, tooling, spend nobody planned). Money
 * is converted to double only to place the bars.
 */
final class TrendChart extends StackedBarChart<String, Number> {
    private static final Pattern SPRINT_NUMBER = Pattern.compile(".*?(\\d+)$");
    private String currency = "USD";

    TrendChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("trendChart");
        getStyleClass().add("trend-chart");
        setTitle("Planned against actual by sprint");
        setAnimated(false);
        setCategoryGap(18);
        setLegendVisible(true);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Format.symbol(currency) + Math.round(n.doubleValue() / 1000) + "k";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        getXAxis().setTickLabelGap(4);
    }

    static String shortName(String sprint) {
        Matcher m = SPRINT_NUMBER.matcher(sprint);
        return m.matches() ? "S" + m.group(1) : sprint;
    }

    void setTrend(List<SprintTrend> trend, String currency) {
        this.currency = currency;
        XYChart.Series<String, Number> labour = new XYChart.Series<>();
        labour.setName("Labour");
        XYChart.Series<String, Number> tokens = new XYChart.Series<>();
        tokens.setName("Tokens");
        XYChart.Series<String, Number> tooling = new XYChart.Series<>();
        tooling.setName("Tooling");
        XYChart.Series<String, Number> risk = new XYChart.Series<>();
        risk.setName("Risk reserve (plan)");
        XYChart.Series<String, Number> unplanned = new XYChart.Series<>();
        unplanned.setName("Nobody planned (actual)");
        CategoryAxis x = (CategoryAxis) getXAxis();
        java.util.List<String> categories = new java.util.ArrayList<>();
        for (SprintTrend t : trend) {
            String s = shortName(t.sprint().name());
            String plan = s + " plan";
            categories.add(plan);
            add(labour, plan, t.labour().plan(), t.sprint().name() + " planned labour");
            add(tokens, plan, t.tokens().plan(), t.sprint().name() + " planned tokens (T50)");
            add(tooling, plan, t.tooling().plan(), t.sprint().name() + " planned tooling");
            add(risk, plan, t.riskPlanned(), t.sprint().name() + " risk reserve R");
            add(unplanned, plan, BigDecimal.ZERO, null);
            if (t.hasActuals()) {
                String actual = s + " actual";
                categories.add(actual);
                add(labour, actual, t.labour().actual(), t.sprint().name() + " actual labour");
                add(tokens, actual, t.tokens().actual(), t.sprint().name() + " actual tokens");
                add(tooling, actual, t.tooling().actual(), t.sprint().name() + " actual tooling");
                add(risk, actual, BigDecimal.ZERO, null);
                add(unplanned, actual, t.unplanned(), t.sprint().name() + " unattributed and unplanned epics");
            }
        }
        x.getCategories().setAll(categories);
        getData().setAll(List.of(labour, tokens, tooling, risk, unplanned));
    }

    private void add(XYChart.Series<String, Number> series, String category, BigDecimal value, String what) {
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, value.doubleValue());
        if (what != null) {
            String tip = what + ": " + Format.exact(value, currency);
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
        }
        series.getData().add(d);
    }
}
