package app.envelope.ui.scenario;

import app.envelope.domain.Fit;
import app.envelope.domain.PlanLine;
import app.envelope.ui.Format;
import app.envelope.ui.grid.EditCell;
import app.envelope.ui.grid.GridColumns;
import app.envelope.ui.grid.PlanField;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The scenario grid's columns: the inputs (edited like the board, a changed one marked with the
 * plan's value in its tooltip), then C and fit in the plan and in the scenario, and the change in C.
 */
final class ScenarioColumns {
    private final ScenarioViewModel vm;
    private final TableView<ScenarioRow> table;
    private final EditCell.Editor<ScenarioRow> editor;

    ScenarioColumns(ScenarioViewModel vm, TableView<ScenarioRow> table) {
        this.vm = vm;
        this.table = table;
        this.editor = EditCell.Editor.of(ScenarioRow::line, vm::edit);
    }

    private String cur() {
        return vm.currencyProperty().get();
    }

    void build() {
        TableColumn<ScenarioRow, ScenarioRow> epic = column("Epic", 92, r -> (r.changed() ? "● " : "") + r.line().epicKey(),
                Comparator.comparing(r -> r.line().epicKey()));
        epic.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScenarioRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("changed-line");
                setText(empty || r == null ? null : (r.changed() ? "● " : "") + r.line().epicKey());
                if (!empty && r != null && r.changed()) {
                    getStyleClass().add("changed-line");
                }
            }
        });
        column("Title", 170, ScenarioRow::title, Comparator.comparing(ScenarioRow::title));
        edit(PlanField.VALUE, 92, r -> money(r.line().value()), Comparator.comparing(r -> r.line().value()), true);
        edit(PlanField.WILLINGNESS, 92, r -> money(r.line().willingness()),
                Comparator.comparing(r -> r.line().willingness()), true);
        edit(PlanField.SIZE, 50, r -> r.line().size().name(), Comparator.comparing(r -> r.line().size()), false);
        edit(PlanField.TIER, 76, r -> r.line().tier().label(), Comparator.comparing(r -> r.line().tier()), false);
        edit(PlanField.EFFORT, 72, r -> r.line().effort().label(), Comparator.comparing(r -> r.line().effort()), false);
        edit(PlanField.AUTONOMY, 100, r -> r.line().autonomy().label(), Comparator.comparing(r -> r.line().autonomy()),
                false);
        edit(PlanField.BOUNDED, 74, r -> r.line().bounded() ? "bounded" : "open",
                Comparator.comparing(r -> r.line().bounded()), false);
        edit(PlanField.HOURS, 64, r -> Format.hours(r.line().labourHours()),
                Comparator.comparing(r -> r.line().labourHours()), true);
        edit(PlanField.TOOLING, 72, r -> money(r.line().tooling()), Comparator.comparing(r -> r.line().tooling()), true);
        edit(PlanField.RISK_OVERRIDE, 110, r -> r.line().riskOverride() == null ? "auto" : money(r.line().riskOverride()),
                Comparator.comparing(r -> r.cost().risk()), true);
        moneyColumn("T50", 76, r -> r.cost().t50());
        moneyColumn("C plan", 86, r -> r.planCost().cost().cost());
        moneyColumn("C scenario", 96, r -> r.cost().cost());
        TableColumn<ScenarioRow, ScenarioRow> delta = column("ΔC", 84, r -> ComparisonFigures.signedMoney(
                r.pair().costChange(), cur()), Comparator.comparing(r -> r.pair().costChange()));
        delta.setId("scol-delta-c");
        delta.getStyleClass().add("numeric");
        delta.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScenarioRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("better", "worse");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                BigDecimal d = r.pair().costChange();
                setText(ComparisonFigures.signedMoney(d, cur()).replace("same", ""));
                if (d.signum() != 0) {
                    getStyleClass().add(d.signum() < 0 ? "better" : "worse");
                }
            }
        });
        TableColumn<ScenarioRow, ScenarioRow> fit = column("Fit plan → scenario", 170,
                r -> r.planCost().cost().fit().label() + " → " + r.cost().fit().label(),
                Comparator.comparing(r -> r.cost().fit()));
        fit.setCellFactory(c -> new FitChangeCell());
        column("Flags", 130, r -> Format.flags(r.cost()), Comparator.comparing(r -> Format.flags(r.cost())));
    }

    private String money(BigDecimal v) {
        return Format.money(v, cur());
    }


    private TableColumn<ScenarioRow, ScenarioRow> column(String header, double width, Function<ScenarioRow, String> text,
                                                         Comparator<ScenarioRow> order) {
        return GridColumns.text(table, "scol-", header, width, text, order);
    }

    private void edit(PlanField field, double width, Function<ScenarioRow, String> display, Comparator<ScenarioRow> order,
                      boolean numeric) {
        TableColumn<ScenarioRow, ScenarioRow> col = GridColumns.editable(column(field.header(), width, display, order), field);
        if (numeric) {
            col.getStyleClass().add("numeric");
        }
        col.setCellFactory(c -> new EditCell<>(field, display, editor,
                r -> r.changed(field) ? "In the plan: " + planText(field, r) : null));
    }

    private String planText(PlanField field, ScenarioRow r) {
        PlanLine p = r.planLine();
        return switch (field) {
            case VALUE -> money(p.value());
            case WILLINGNESS -> money(p.willingness());
            case TOOLING -> money(p.tooling());
            case RISK_OVERRIDE -> p.riskOverride() == null ? "auto" : money(p.riskOverride());
            case HOURS -> Format.hours(p.labourHours());
            default -> field.text(p);
        };
    }

    private void moneyColumn(String header, double width, Function<ScenarioRow, BigDecimal> f) {
        TableColumn<ScenarioRow, ScenarioRow> col = column(header, width, r -> money(f.apply(r)), Comparator.comparing(f));
        col.getStyleClass().add("numeric");
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ScenarioRow r, boolean empty) {
                super.updateItem(r, empty);
                BigDecimal v = empty || r == null ? null : f.apply(r);
                setText(v == null ? null : money(v));
                setTooltip(v == null ? null : new Tooltip(Format.exact(v, cur())));
            }
        });
    }

    /** Fit before and after, as words with icons (never colour alone); coloured by the scenario's fit. */
    private static final class FitChangeCell extends TableCell<ScenarioRow, ScenarioRow> {
        @Override
        protected void updateItem(ScenarioRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("fit-green", "fit-amber", "fit-red", "fit-changed");
            if (empty || r == null) {
                setText(null);
                return;
            }
            Fit before = r.planCost().cost().fit();
            Fit after = r.cost().fit();
            setText(before == after ? Format.fit(after) : Format.fit(before) + " → " + Format.fit(after));
            getStyleClass().add("fit-" + after.label());
            if (before != after) {
                getStyleClass().add("fit-changed");
            }
        }
    }
}
