package app.envelope.ui.grid;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Columns of a plan grid (the board's, the scenario's): a read-only text column, and one made editable for a field. */
public final class GridColumns {
    private GridColumns() {
    }

    /**
     * Adds a read-only column of text to {@code table}, sorted by {@code order}; its id is
     * {@code idPrefix} and the header in lower case with dashes (e.g. "col-" gives "col-y-c").
     */
    public static <R> TableColumn<R, R> text(TableView<R> table, String idPrefix, String header, double width,
                                             Function<R, String> text, Comparator<R> order) {
        TableColumn<R, R> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setId(idPrefix + header.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setComparator(order);
        col.setEditable(false);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(R r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.apply(r));
            }
        });
        table.getColumns().add(col);
        return col;
    }

    /** Makes {@code col} the editable column of {@code field} (the paste and key handling find it by its field). */
    public static <R> TableColumn<R, R> editable(TableColumn<R, R> col, PlanField field) {
        col.setUserData(field);
        col.setEditable(true);
        col.getStyleClass().add("editable-column");
        return col;
    }
}
