package app.envelope.ui.compare;

import app.envelope.domain.actuals.AlertLevel;
import app.envelope.domain.actuals.VarianceSplit;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Builds the compare grid's columns: what each shows, in words as well as colours, and its tooltip. */
final class CompareColumns {
    static final PseudoClass SPEND_ROW = PseudoClass.getPseudoClass("spend-row");
    static final PseudoClass TOTAL_ROW = PseudoClass.getPseudoClass("total-row");
    static final PseudoClass IMPORTED_ROW = PseudoClass.getPseudoClass("imported-row");

    private final CompareViewModel vm;
    private final TableView<CompareRow> table;

    CompareColumns(CompareViewModel vm, TableView<CompareRow> table) {
        this.vm = vm;
        this.table = table;
    }

    private String cur() {
        return vm.currencyCode();
    }

    void build() {
        TableColumn<CompareRow, CompareRow> epic = column("Epic", 104, CompareRow::key);
        epic.setCellFactory(c -> new TextCell(r -> r.key(), r -> r.isEpic() ? r.key() + " " + r.label() : r.label(), "epic-cell"));
        table.getColumns().add(epic);
        TableColumn<CompareRow, CompareRow> flags = column("Plan flags", 100, CompareRow::flags);
        flags.setCellFactory(c -> new TextCell(CompareRow::flags, r -> r.isEpic() && !r.flags().isEmpty()
                ? r.epic().plan().overPoweredReason() == null ? "starved: Z leaves less than T50 for tokens"
                        : r.flags() + " — " + r.epic().plan().overPoweredReason() : null, "flag-cell"));
        table.getColumns().add(flags);

        TableColumn<CompareRow, CompareRow> tokens = group("Tokens");
        tokens.getColumns().add(money("Plan T50", 68, CompareRow::tokensPlan, null));
        tokens.getColumns().add(money("Actual", 72, CompareRow::tokensActual, r -> CompareTips.tokens(r, cur())));
        TableColumn<CompareRow, CompareRow> split = column("Volume · Mix · Price", 246, r -> "");
        split.setId("col-split");
        split.setCellFactory(c -> new SplitCell());
        tokens.getColumns().add(split);
        table.getColumns().add(tokens);

        TableColumn<CompareRow, CompareRow> tooling = group("Tooling");
        tooling.getColumns().add(money("Plan U", 62, CompareRow::toolingPlan, null));
        tooling.getColumns().add(money("Actual", 66, CompareRow::toolingActual, null));
        table.getColumns().add(tooling);

        TableColumn<CompareRow, CompareRow> labour = group("Labour");
        labour.getColumns().add(money("Plan L", 70, CompareRow::labourPlan, r -> r.isEpic()
                ? Format.hours(r.epic().line().totalHours()) + " planned at " + Format.exact(r.epic().plan().labourRate(), cur()) + "/h"
                : null));
        TableColumn<CompareRow, CompareRow> labourActual = column("Actual", 74, r -> "");
        labourActual.setId("col-labour-actual");
        labourActual.setCellFactory(c -> new TextCell(r -> r.hoursMissing() ? "not entered"
                : r.labourActual() == null ? "" : Format.money(r.labourActual(), cur()), r -> r.isEpic() && r.epic().hoursEntered()
                ? Format.hours(r.epic().actualHours()) + " × " + Format.exact(r.epic().plan().labourRate(), cur()) + "/h"
                : r.hoursMissing() ? "No hours entered: labour is left out of this line's plan and actual" : null,
                "numeric"));
        labour.getColumns().add(labourActual);
        table.getColumns().add(labour);

        TableColumn<CompareRow, CompareRow> risk = group("Risk reserve");
        risk.getColumns().add(money("Plan R", 70, CompareRow::riskPlan, null));
        risk.getColumns().add(money("Used", 70, CompareRow::riskUsed, r -> r.isEpic() && r.epic().overReserve().signum() > 0
                ? "The token overrun used all of R and " + Format.exact(r.epic().overReserve(), cur()) + " more" : null));
        table.getColumns().add(risk);

        TableColumn<CompareRow, CompareRow> total = group("Total");
        total.getColumns().add(money("Plan C", 76, CompareRow::totalPlan, r -> r.isEpic() && !r.epic().hoursEntered()
                ? "C less L (no hours entered)" : null));
        total.getColumns().add(money("Actual", 78, CompareRow::totalActual, null));
        TableColumn<CompareRow, CompareRow> variance = column("Variance", 76, r -> "");
        variance.setId("col-variance");
        variance.setCellFactory(c -> new TextCell(r -> r.variance() == null ? "" : vm.figures().signed(r.variance()),
                r -> r.variance() == null ? null : Format.exact(r.variance(), cur()), "numeric", CompareRow::variance));
        total.getColumns().add(variance);
        TableColumn<CompareRow, CompareRow> pct = column("%", 64, r -> "");
        pct.setId("col-percent");
        pct.setCellFactory(c -> new TextCell(r -> r.percent() == null ? "" : SprintFigures.percent(r.percent()), r -> null,
                "numeric", CompareRow::variance));
        total.getColumns().add(pct);
        table.getColumns().add(total);

        TableColumn<CompareRow, CompareRow> status = column("Status", 146, CompareRow::status);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        TableColumn<CompareRow, CompareRow> alert = column("Alert", 106, r -> "");
        alert.setCellFactory(c -> new AlertCell());
        table.getColumns().add(alert);
        TableColumn<CompareRow, CompareRow> outcome = column("Per outcome", 94, r -> "");
        outcome.setCellFactory(c -> new TextCell(r -> r.costPerOutcome() == null ? "" : Format.money(r.costPerOutcome(), cur()),
                r -> CompareTips.outcome(r, cur()), "numeric"));
        table.getColumns().add(outcome);
        table.getColumns().forEach(col -> col.setSortable(false));
        table.setRowFactory(t -> new KindRow());
    }

    private TableColumn<CompareRow, CompareRow> group(String header) {
        TableColumn<CompareRow, CompareRow> g = new TableColumn<>(header);
        g.setId("group-" + header.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        return g;
    }

    private TableColumn<CompareRow, CompareRow> column(String header, double width, Function<CompareRow, String> text) {
        TableColumn<CompareRow, CompareRow> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setId("col-" + header.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TextCell(text, r -> null, null));
        return col;
    }

    private TableColumn<CompareRow, CompareRow> money(String header, double width, Function<CompareRow, BigDecimal> value,
                                                      Function<CompareRow, String> tip) {
        TableColumn<CompareRow, CompareRow> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.getStyleClass().add("numeric");
        col.setCellFactory(c -> new TextCell(r -> value.apply(r) == null ? "" : Format.money(value.apply(r), cur()),
                r -> {
                    String t = tip == null ? null : tip.apply(r);
                    BigDecimal v = value.apply(r);
                    return t != null ? t : v == null ? null : Format.exact(v, cur());
                }, "numeric"));
        return col;
    }

    /** A cell of text, a tooltip, an optional style class and an optional sign for over/under colouring. */
    private static class TextCell extends TableCell<CompareRow, CompareRow> {
        private final Function<CompareRow, String> text;
        private final Function<CompareRow, String> tip;
        private final String style;
        private final Function<CompareRow, BigDecimal> sign;

        TextCell(Function<CompareRow, String> text, Function<CompareRow, String> tip, String style) {
            this(text, tip, style, null);
        }

        TextCell(Function<CompareRow, String> text, Function<CompareRow, String> tip, String style,
                 Function<CompareRow, BigDecimal> sign) {
            this.text = text;
            this.tip = tip;
            this.style = style;
            this.sign = sign;
            if (style != null) {
                getStyleClass().add(style);
            }
        }

        @Override
        protected void updateItem(CompareRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("over", "under", "not-entered");
            if (empty || r == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(r));
            String t = tip.apply(r);
            setTooltip(t == null ? null : new Tooltip(t));
            if (sign != null && sign.apply(r) != null) {
                int s = sign.apply(r).signum();
                if (s > 0) {
                    getStyleClass().add("over");
                } else if (s < 0) {
                    getStyleClass().add("under");
                }
            }
            if ("not entered".equals(getText())) {
                getStyleClass().add("not-entered");
            }
        }
    }

    /** Volume, mix and price side by side, or "n/a — no token counts". */
    private final class SplitCell extends TableCell<CompareRow, CompareRow> {
        private final Label volume = part();
        private final Label mix = part();
        private final Label price = part();
        private final HBox three = new HBox(4, volume, mix, price);
        private final Label na = new Label("n/a — no token counts");

        SplitCell() {
            three.setAlignment(Pos.CENTER_RIGHT);
            na.getStyleClass().add("not-available");
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        private Label part() {
            Label l = new Label();
            l.getStyleClass().add("split-part");
            l.setMinWidth(78);
            l.setPrefWidth(78);
            l.setAlignment(Pos.CENTER_RIGHT);
            return l;
        }

        @Override
        protected void updateItem(CompareRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (r.splitNotAvailable()) {
                setGraphic(na);
            } else if (r.split() != null) {
                VarianceSplit s = r.split();
                set(volume, s.volume());
                set(mix, s.mix());
                set(price, s.price());
                setGraphic(three);
            } else {
                setGraphic(null);
            }
            String t = CompareTips.split(r, cur());
            setTooltip(t == null ? null : new Tooltip(t));
        }

        private void set(Label l, BigDecimal v) {
            l.setText(vm.figures().signed(v));
            l.getStyleClass().removeAll("over", "under");
            int sign = v.setScale(0, java.math.RoundingMode.HALF_EVEN).signum();
            if (sign != 0) {
                l.getStyleClass().add(sign > 0 ? "over" : "under");
            }
        }
    }

    /** The status in words; over plan / over Z also coloured. */
    private static final class StatusCell extends TableCell<CompareRow, CompareRow> {
        @Override
        protected void updateItem(CompareRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("status-over", "status-under", "status-note");
            if (empty || r == null) {
                setText(null);
                return;
            }
            setText(r.status());
            if (r.overPlan() || r.overZ()) {
                getStyleClass().add("status-over");
            } else if (r.isEpic() || r.kind() == CompareRow.Kind.SPRINT_TOTAL) {
                getStyleClass().add("status-under");
            } else {
                getStyleClass().add("status-note");
            }
        }
    }

    /** The budget badge: "▲ over plan", "● 90%", "● 75%". */
    private static final class AlertCell extends TableCell<CompareRow, CompareRow> {
        private final Label badge = AlertBadge.create();

        AlertCell() {
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(CompareRow r, boolean empty) {
            super.updateItem(r, empty);
            AlertLevel level = empty || r == null ? AlertLevel.NONE : r.alert();
            if (level == AlertLevel.NONE) {
                setGraphic(null);
                return;
            }
            AlertBadge.show(badge, level);
            setGraphic(badge);
        }
    }

    /** Rows of spend nobody planned and the total rows look apart. */
    private static final class KindRow extends TableRow<CompareRow> {
        @Override
        protected void updateItem(CompareRow r, boolean empty) {
            super.updateItem(r, empty);
            CompareRow.Kind k = empty || r == null ? null : r.kind();
            pseudoClassStateChanged(SPEND_ROW, k == CompareRow.Kind.UNPLANNED || k == CompareRow.Kind.UNATTRIBUTED
                    || k == CompareRow.Kind.OUTSIDE);
            pseudoClassStateChanged(TOTAL_ROW, k == CompareRow.Kind.SPRINT_TOTAL);
            pseudoClassStateChanged(IMPORTED_ROW, k == CompareRow.Kind.IMPORTED);
        }
    }
}
