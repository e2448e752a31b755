package app.envelope.ui.board;

import app.envelope.domain.CategoryTotals;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.MathContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The totals by category as one horizontal stacked bar, each segment labelled with its name and
 * share (only the share on a narrow segment; the exact amount is in its tooltip).
 */
public final class StackedBar {
    private StackedBar() {
    }

    public static void fill(HBox bar, CategoryTotals t, String currency) {
        bar.getChildren().clear();
        if (t == null || t.cost().signum() == 0) {
            return;
        }
        segment(bar, "Labour", t.labour(), t.cost(), "seg-labour", currency);
        segment(bar, "Tokens", t.tokens(), t.cost(), "seg-tokens", currency);
        segment(bar, "Tooling", t.tooling(), t.cost(), "seg-tooling", currency);
        segment(bar, "Risk", t.risk(), t.cost(), "seg-risk", currency);
    }

    private static void segment(HBox bar, String name, BigDecimal part, BigDecimal whole, String style, String currency) {
        if (part.signum() <= 0) {
            return;
        }
        double share = part.divide(whole, MathContext.DECIMAL64).doubleValue();
        String pct = Format.percent(BigDecimal.valueOf(share));
        Label seg = new Label(share >= 0.08 ? name + " " + pct : share >= 0.03 ? pct : "");
        seg.getStyleClass().addAll("bar-segment", style);
        seg.setMaxWidth(Double.MAX_VALUE);
        seg.setMinWidth(4);
        seg.prefWidthProperty().bind(bar.widthProperty().multiply(share));
        HBox.setHgrow(seg, Priority.NEVER);
        seg.setTooltip(new Tooltip(name + ": " + Format.exact(part, currency)));
        bar.getChildren().add(seg);
    }
}
