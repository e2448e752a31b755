package app.envelope.ui.board;

import app.envelope.domain.Fit;
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

/** Builds the board's columns: what each shows, how it sorts, and which field it edits. */
final class BoardColumns {
    private final BoardViewModel vm;
    private final TableView<BoardRow> table;

    private final EditCell.Editor<BoardRow> editor;

    BoardColumns(BoardViewModel vm, TableView<BoardRow> table) {
        this.vm = vm;
        this.table = table;
        this.editor = EditCell.Editor.of(BoardRow::line, vm::edit);
    }

    void build() {
        text("Epic", 80, r -> r.line().epicKey());
        text("Title", 190, BoardRow::title);
        text("Team", 80, BoardRow::team);
        editMoney(PlanField.VALUE, 95, r -> r.line().value());
        editMoney(PlanField.WILLINGNESS, 95, r -> r.line().willingness());
        edit(PlanField.SIZE, 50, r -> r.line().size().name(), Comparator.comparing(r -> r.line().size()));
        edit(PlanField.TIER, 72, r -> r.line().tier().label(), Comparator.comparing(r -> r.line().tier()));
        edit(PlanField.EFFORT, 70, r -> r.line().effort().label(), Comparator.comparing(r -> r.line().effort()));
        edit(PlanField.AUTONOMY, 100, r -> r.line().autonomy().label(), Comparator.comparing(r -> r.line().autonomy()));
        edit(PlanField.BOUNDED, 72, r -> r.line().bounded() ? "bounded" : "open",
                Comparator.comparing(r -> r.line().bounded()));
        edit(PlanField.HOURS, 62, r -> Format.hours(r.line().labourHours()), Comparator.comparing(r -> r.line().labourHours()))
                .getStyleClass().add("numeric");
        editMoney(PlanField.TOOLING, 72, r -> r.line().tooling());
        edit(PlanField.RISK_OVERRIDE, 80, r -> r.line().riskOverride() == null ? "auto"
                : Format.money(r.line().riskOverride(), vm.currencyProperty().get()),
                Comparator.comparing(r -> r.cost().risk())).getStyleClass().add("numeric");
        money("T50", 78, r -> r.cost().t50());
        money("Risk R", 78, r -> r.cost().risk());
        money("Cost C", 88, r -> r.cost().cost());
        column("Y / C", 55, r -> Format.ratio(r.cost().valueDensity()),
                Comparator.comparing(r -> r.cost().valueDensity(), Comparator.nullsLast(Comparator.naturalOrder())))
                .getStyleClass().add("numeric");
        money("Z − C", 80, r -> r.cost().headroom());
        TableColumn<BoardRow, BoardRow> fit = column("Fit", 88, r -> r.cost().fit().label(),
                Comparator.comparing(r -> r.cost().fit()));
        fit.setCellFactory(c -> new FitCell());
        TableColumn<BoardRow, BoardRow> flags = column("Flags", 120, BoardRow::flagsText,
                Comparator.comparing(BoardRow::flagsText));
        flags.setCellFactory(c -> new FlagCell());
        TableColumn<BoardRow, BoardRow> fund = column("Fund", 70, r -> r.fund() == null ? "" : "#" + r.fund().rank(),
                Comparator.comparing(r -> r.fund() == null ? Integer.MAX_VALUE : r.fund().rank()));
        fund.setCellFactory(c -> new FundedCell(vm));
    }

    private TableColumn<BoardRow, BoardRow> column(String header, double width, Function<BoardRow, String> display,
                                                   Comparator<BoardRow> order) {
        return GridColumns.text(table, "col-", header, width, display, order);
    }

    private void text(String header, double width, Function<BoardRow, String> f) {
        column(header, width, f, Comparator.comparing(f));
    }

    private void money(String header, double width, Function<BoardRow, BigDecimal> f) {
        TableColumn<BoardRow, BoardRow> col = column(header, width, r -> Format.money(f.apply(r), vm.currencyProperty().get()),
                Comparator.comparing(f));
        col.getStyleClass().add("numeric");
        col.setCellFactory(c -> new MoneyCell(f));
    }

    private TableColumn<BoardRow, BoardRow> edit(PlanField field, double width, Function<BoardRow, String> display,
                                                 Comparator<BoardRow> order) {
        TableColumn<BoardRow, BoardRow> col = GridColumns.editable(column(field.header(), width, display, order), field);
        col.setCellFactory(c -> new EditCell<>(field, display, editor));
        return col;
    }

    private void editMoney(PlanField field, double width, Function<BoardRow, BigDecimal> f) {
        edit(field, width, r -> Format.money(f.apply(r), vm.currencyProperty().get()), Comparator.comparing(f))
                .getStyleClass().add("numeric");
    }

    /** Money, red when negative, the exact amount in a tooltip. */
    private final class MoneyCell extends TableCell<BoardRow, BoardRow> {
        private final Function<BoardRow, BigDecimal> f;

        MoneyCell(Function<BoardRow, BigDecimal> f) {
            this.f = f;
        }

        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("negative");
            BigDecimal v = empty || r == null ? null : f.apply(r);
            setText(v == null ? null : Format.money(v, vm.currencyProperty().get()));
            setTooltip(v == null ? null : new Tooltip(Format.exact(v, vm.currencyProperty().get())));
            if (v != null && v.signum() < 0) {
                getStyleClass().add("negative");
            }
        }
    }

    /** Fit as a word and an icon, never colour alone. */
    static final class FitCell extends TableCell<BoardRow, BoardRow> {
        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("fit-green", "fit-amber", "fit-red");
            if (empty || r == null) {
                setText(null);
                return;
            }
            Fit f = r.cost().fit();
            setText(Format.fit(f));
            getStyleClass().add("fit-" + f.label());
        }
    }

    /** Flags as words with an icon; the tooltip explains each. */
    private final class FlagCell extends TableCell<BoardRow, BoardRow> {
        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            String text = empty || r == null ? "" : r.flagsText();
            setText(text.isEmpty() ? null : "⚑ " + text);
            setTooltip(text.isEmpty() ? null : new Tooltip(r.flagsExplained(vm.currencyProperty().get())));
        }
    }
}
