package app.envelope.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Without a toolkit: a recompute replaces only the rows that changed, or all when the lines differ. */
class RowUpdatesTest {
    private record Row(long id, String figure) {
    }

    private final List<Row> added = new ArrayList<>();

    private ObservableList<Row> shown(Row... rows) {
        ObservableList<Row> list = FXCollections.observableArrayList(rows);
        list.addListener((ListChangeListener<Row>) c -> {
            while (c.next()) {
                added.addAll(c.getAddedSubList());
            }
        });
        return list;
    }

    @Test
    void sameLinesReplaceOnlyTheRowsThatChanged() {
        ObservableList<Row> list = shown(new Row(1, "a"), new Row(2, "b"), new Row(3, "c"));
        List<Row> next = List.of(new Row(1, "a"), new Row(2, "B"), new Row(3, "c"));
        RowUpdates.replace(list, next, Row::id);
        assertEquals(next, list);
        assertEquals(List.of(new Row(2, "B")), added);
    }

    @Test
    void otherLinesOrAnotherOrderReplaceEverything() {
        ObservableList<Row> list = shown(new Row(1, "a"), new Row(2, "b"));
        List<Row> reordered = List.of(new Row(2, "b"), new Row(1, "a"));
        RowUpdates.replace(list, reordered, Row::id);
        assertEquals(reordered, list);
        assertEquals(reordered, added);
        added.clear();
        List<Row> more = List.of(new Row(2, "b"), new Row(1, "a"), new Row(3, "c"));
        RowUpdates.replace(list, more, Row::id);
        assertEquals(more, list);
        assertEquals(more, added);
    }

    @Test
    void nothingChangedFiresNothing() {
        ObservableList<Row> list = shown(new Row(1, "a"), new Row(2, "b"));
        RowUpdates.replace(list, List.of(new Row(1, "a"), new Row(2, "b")), Row::id);
        assertEquals(List.of(), added);
    }
}
