package app.envelope.ui.presenter;

import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The presenter's lines: the columns the room decides on, sized in em of the zoom (figures keep
 * their width, the epic's title takes what is left), the lines past the fund line greyed and the
 * first of them ruled. Columns are not sortable: the order is the fund line's.
 */
final class PresenterTable {
    /** Pixels per em at 100% (the presenter's body text is 20px there). */
    static final double EM_PER_PERCENT = 0.2;
    private static final PseudoClass BELOW_FUND_LINE = PseudoClass.getPseudoClass("below-fund-line");
    private static final PseudoClass FIRST_OVER_BUDGET = PseudoClass.getPseudoClass("first-over-budget");

    private final PresenterViewModel vm;
    private final TableView<BoardRow> table;

    private PresenterTable(PresenterViewModel vm, TableView<BoardRow> table) {
        this.vm = vm;
        this.table = table;
    }

    /** Builds the columns and rows of {@code table} on the view model's lines. */
    static void build(PresenterViewModel vm, TableView<BoardRow> table) {
        new PresenterTable(vm, table).build();
    }

    private void build() {
        TableColumn<BoardRow, BoardRow> epic = column("Epic", "p-col-epic", 15.5, 8, r -> "", List.of());
        epic.setCellFactory(c -> new EpicCell());
        column("Value Y", "p-col-value", 6, 6, r -> vm.money(r.line().value()), List.of("numeric"));
        column("Willing Z", "p-col-willing", 6, 6, r -> vm.money(r.line().willingness()), List.of("numeric"));
        column("Cost C", "p-col-cost", 6, 6, r -> vm.money(r.cost().cost()), List.of("numeric"));
        TableColumn<BoardRow, BoardRow> fit = column("Fit", "p-col-fit", 6.6, 6.6,
                r -> PresenterCells.fitText(r.cost().fit()), List.of());
        fit.setCellFactory(c -> new TextCell(r -> PresenterCells.fitText(r.cost().fit()),
                r -> List.of("fit-" + r.cost().fit().label())));
        TableColumn<BoardRow, BoardRow> flags = column("Flags", "p-col-flags", 9.2, 9.2, PresenterCells::flagsText,
                List.of());
        flags.setCellFactory(c -> new TextCell(PresenterCells::flagsText,
                r -> r.cost().flags().isEmpty() ? List.of() : List.of("flagged")));
        column("Y / C", "p-col-density", 3.8, 3.8, r -> Format.ratio(r.cost().valueDensity()), List.of("numeric"));
        column("AI", "p-col-ai", 7, 7, PresenterCells::aiText, List.of());
        TableColumn<BoardRow, BoardRow> funded = column("Funded", "p-col-funded", 4.6, 4.6, PresenterCells::fundedText,
                List.of());
        funded.setCellFactory(c -> new TextCell(PresenterCells::fundedText,
                r -> r.line().funded() ? List.of("funded-yes") : List.of()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No plan lines in this sprint"));
        table.setRowFactory(t -> new FundLineRow());
    }

    private TableColumn<BoardRow, BoardRow> column(String header, String id, double prefEm, double minEm,
                                                   Function<BoardRow, String> text, List<String> styles) {
        TableColumn<BoardRow, BoardRow> col = new TableColumn<>(header);
        col.setId(id);
        col.setSortable(false);
        col.setReorderable(false);
        col.prefWidthProperty().bind(vm.zoom().scaleProperty().multiply(prefEm * EM_PER_PERCENT));
        col.minWidthProperty().bind(vm.zoom().scaleProperty().multiply(minEm * EM_PER_PERCENT));
        if (!id.equals("p-col-epic")) {
            // Figures keep their width; any room to spare goes to the epic's title.
            col.maxWidthProperty().bind(vm.zoom().scaleProperty().multiply(prefEm * 1.1 * EM_PER_PERCENT));
        }
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TextCell(text, r -> styles));
        col.getStyleClass().addAll(styles);
        table.getColumns().add(col);
        return col;
    }

    private static final class TextCell extends TableCell<BoardRow, BoardRow> {
        private final Function<BoardRow, String> text;
        private final Function<BoardRow, List<String>> styles;
        private List<String> added = List.of();

        TextCell(Function<BoardRow, String> text, Function<BoardRow, List<String>> styles) {
            this.text = text;
            this.styles = styles;
        }

        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll(added);
            added = List.of();
            if (empty || r == null) {
                setText(null);
                return;
            }
            setText(text.apply(r));
            added = styles.apply(r);
            getStyleClass().addAll(added);
        }
    }

    /** The epic's key in bold and its title. */
    private static final class EpicCell extends TableCell<BoardRow, BoardRow> {
        private final Label key = new Label();
        private final Label title = new Label();
        private final HBox box = new HBox(key, title);

        EpicCell() {
            key.getStyleClass().add("epic-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            title.getStyleClass().add("epic-title");
            title.setMinWidth(0);
            box.spacingProperty().bind(key.fontProperty().map(f -> f.getSize() * 0.5));
            box.setMinWidth(0);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(title, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            key.setText(r.line().epicKey());
            title.setText(r.title());
            setGraphic(box);
        }
    }

    /** Greys the lines past the fund line and rules the first of them. */
    private static final class FundLineRow extends TableRow<BoardRow> {
        @Override
        protected void updateItem(BoardRow r, boolean empty) {
            super.updateItem(r, empty);
            boolean below = !empty && r != null && PresenterCells.belowFundLine(r);
            int i = getIndex();
            boolean first = below && (i == 0 || i - 1 >= getTableView().getItems().size()
                    || !PresenterCells.belowFundLine(getTableView().getItems().get(i - 1)));
            pseudoClassStateChanged(BELOW_FUND_LINE, below);
            pseudoClassStateChanged(FIRST_OVER_BUDGET, first);
        }
    }
}
