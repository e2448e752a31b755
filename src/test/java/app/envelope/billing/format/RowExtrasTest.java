package app.envelope.billing.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.envelope.billing.parse.DecimalStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kept columns: every non-empty cell by header name; rows with the same cells share one map. */
class RowExtrasTest {
    private final Header header = new Header(List.of("date", "organization", "workflow_path", "discount_amount"));
    private final int[] cols = {1, 2, 3};
    private final Row row = new Row(header, DecimalStyle.POINT);

    private Map<String, String> extras(long n, String... cells) {
        return row.reset(n, cells).extras(cols);
    }

    @Test
    void keepsEveryNonEmptyCellByName() {
        assertEquals(Map.of("organization", "acme", "workflow_path", ".github/ci.yml", "discount_amount", "0"),
                extras(1, "2026-11-02", "acme", ".github/ci.yml", "0"));
        assertEquals(Map.of("organization", "acme"), extras(2, "2026-11-02", " acme ", "", "NULL"));
        assertEquals(Map.of(), extras(3, "2026-11-02", "", " ", ""));
        assertThrows(UnsupportedOperationException.class, () -> extras(4, "d", "acme", "x", "1").put("a", "b"));
    }

    @Test
    void rowsWithTheSameCellsShareAMapAndOthersDoNot() {
        Map<String, String> first = extras(1, "2026-11-02", "acme", ".github/ci.yml", "0");
        Map<String, String> other = extras(2, "2026-11-03", "acme", "", "1.5");
        // Equal cells in new strings, as the parser makes them, a row later.
        Map<String, String> again = extras(3, "2026-11-04", new String("acme"), new String(".github/ci.yml"), new String("0"));
        assertSame(first, again);
        assertNotSame(first, other);
        assertEquals(Map.of("organization", "acme", "discount_amount", "1.5"), other);
        for (int i = 0; i < 10; i++) {
            extras(10 + i, "d", "acme", "", String.valueOf(i));
        }
        Map<String, String> late = extras(30, "d", "acme", ".github/ci.yml", "0");
        assertEquals(first, late);
        assertNotSame(first, late, "only the last few rows' maps are remembered");
        assertSame(app.envelope.domain.NamedValues.EMPTY, extras(31, "d", "", "", ""));
        assertEquals(List.of("organization", "workflow_path", "discount_amount"), new ArrayList<>(first.keySet()),
                "in the file's column order");
    }
}
