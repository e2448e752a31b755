package app.envelope.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/** What the sheets share: the sprint names by number, and a frozen, filtered header. */
final class SheetSupport {
    private SheetSupport() {
    }

    static Map<Integer, String> sprintNames(WorkbookInput in) {
        Map<Integer, String> names = new HashMap<>();
        in.sprints().forEach(s -> names.put(s.number(), s.sprint().name()));
        return names;
    }

    /** Freezes the header (and {@code frozenColumns}) and puts a filter on it over the data rows. */
    static void finish(Out out, int headerRow, int firstRow, int lastRow, int columns, int frozenColumns) {
        out.sheet().createFreezePane(frozenColumns, firstRow);
        out.sheet().setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    }
}
