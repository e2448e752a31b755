package app.envelope.ui.board;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/** Spreadsheet-like movement in the board's grid. */
final class BoardKeys {
    private BoardKeys() {
    }

    static void moveRight(TableView<BoardRow> table) {
        TablePosition<BoardRow, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null || pos.getTableColumn() == null) {
            return;
        }
        int col = table.getVisibleLeafIndex(pos.getTableColumn());
        int row = pos.getRow();
        for (int c = col + 1; c < table.getVisibleLeafColumns().size(); c++) {
            TableColumn<BoardRow, ?> next = table.getVisibleLeafColumn(c);
            if (next.isEditable()) {
                table.getSelectionModel().clearAndSelect(row, next);
                table.getFocusModel().focus(row, next);
                return;
            }
        }
        if (row + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(row + 1, table.getVisibleLeafColumn(0));
            table.getFocusModel().focus(row + 1, table.getVisibleLeafColumn(0));
        }
    }
}
