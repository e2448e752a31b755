package app.envelope.ui.actuals;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Read-only text columns for the Actuals screen's tables. */
final class Tables {
    private Tables() {
    }

    static <T> TableColumn<T, String> column(TableView<T> table, String title, Function<T, String> value, double width,
                                             boolean numeric) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (numeric) {
            // Figures never shrink into "142,..." or "$631,461...": when a panel is narrow, the text
            // columns give way (the tables resize the last columns first, then the ones before).
            c.getStyleClass().add("numeric");
            c.setMinWidth(width);
        } else {
            c.setCellFactory(col -> new TextCell<>()); // the whole text on hover, when the column is narrow
        }
        table.getColumns().add(c);
        return c;
    }

    /** A text cell that shows its whole text as a tooltip (names and titles are cut in a narrow panel). */
    private static final class TextCell<T> extends TableCell<T, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty ? null : item;
            setText(text);
            setTooltip(text == null || text.isEmpty() ? null : new Tooltip(text));
        }
    }

    static <T> void placeholder(TableView<T> table, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        table.setPlaceholder(l);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    static void preview(TableView<PreviewRow> t) {
        column(t, "Row", r -> Long.toString(r.row()), 45, true);
        column(t, "Date", PreviewRow::date, 100, false);
        column(t, "Vendor", PreviewRow::vendor, 90, false);
        column(t, "Product / SKU", PreviewRow::product, 210, false);
        column(t, "Model", PreviewRow::model, 130, false);
        column(t, "Unit", PreviewRow::unit, 80, false);
        column(t, "Quantity", PreviewRow::quantity, 90, true);
        column(t, "List", PreviewRow::list, 80, true);
        column(t, "Effective", PreviewRow::effective, 85, true);
        column(t, "Billed", PreviewRow::billed, 80, true);
        column(t, "Cur.", PreviewRow::currency, 50, false);
        column(t, "Work (repository, project, workspace, key)", PreviewRow::work, 330, false);
        placeholder(t, "No row of the first 20 could be read; see the reasons below");
        t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    static void epics(TableView<SpendRow> t, String placeholder) {
        // Numeric widths hold six-figure amounts ("$631,461.44") and seven-figure line counts.
        column(t, "Epic", SpendRow::key, 90, false).setMinWidth(80);
        column(t, "Title", SpendRow::title, 240, false).setMinWidth(60);
        column(t, "Lines", SpendRow::lines, 74, true);
        column(t, "List", SpendRow::list, 104, true);
        column(t, "Effective", SpendRow::effective, 104, true);
        column(t, "Billed", SpendRow::billed, 104, true);
        column(t, "Share", SpendRow::share, 62, true);
        placeholder(t, placeholder);
    }

    static void sources(TableView<SpendRow> t) {
        column(t, "Source (vendor · product · work)", SpendRow::key, 340, false);
        column(t, "Lines", SpendRow::lines, 74, true);
        column(t, "Effective", SpendRow::effective, 104, true);
        column(t, "Share", SpendRow::share, 62, true);
        placeholder(t, "No unattributed spend");
    }

    static void batches(TableView<BatchRow> t) {
        column(t, "#", BatchRow::id, 50, true);
        column(t, "File", BatchRow::file, 220, false);
        column(t, "Format", BatchRow::format, 190, false);
        column(t, "Imported at", BatchRow::importedAt, 140, false);
        column(t, "Rows", BatchRow::rows, 70, true);
        column(t, "Rejected", BatchRow::rejected, 80, true);
        column(t, "Effective total", BatchRow::effective, 130, true);
        placeholder(t, "No billing file imported yet");
    }
}
