package app.envelope.ui.grid;

import app.envelope.domain.PlanLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rectangular range pasted from a spreadsheet (tab-separated rows) applied cell by cell from a
 * starting row and field. Good cells change their lines; each bad cell is named with its reason
 * and changes nothing.
 */
public final class Paste {
    private Paste() {
    }

    public record Result(List<Change> changes, List<String> rejected, int cellsAccepted) {
    }

    /**
     * @param rows       the lines in the order shown, starting at the row pasted into
     * @param firstField the field of the column pasted into
     */
    public static Result apply(List<PlanLine> rows, String text, PlanField firstField) {
        List<String[]> cells = parse(text);
        PlanField[] fields = PlanField.values();
        Map<Long, PlanLine> changed = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        int accepted = 0;
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            if (r >= rows.size()) {
                rejected.add("row " + (r + 1) + ": no plan line below the last one; " + row.length + " cells left out");
                continue;
            }
            PlanLine original = rows.get(r);
            PlanLine line = changed.getOrDefault(original.id(), original);
            for (int c = 0; c < row.length; c++) {
                int f = firstField.ordinal() + c;
                if (f >= fields.length) {
                    rejected.add(original.epicKey() + ", column " + (c + 1) + ": no editable column to the right of "
                            + fields[fields.length - 1].header());
                    continue;
                }
                try {
                    line = fields[f].apply(line, row[c]);
                    accepted++;
                } catch (IllegalArgumentException e) {
                    rejected.add(original.epicKey() + ", " + fields[f].header() + ": " + e.getMessage());
                }
            }
            if (!line.equals(original)) {
                changed.put(original.id(), line);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (PlanLine original : rows) {
            PlanLine after = changed.get(original.id());
            if (after != null) {
                changes.add(new Change.LineChange(original, after));
            }
        }
        return new Result(changes, rejected, accepted);
    }

    /** Tab-separated rows; a trailing newline (as spreadsheets copy) is not an empty row. */
    static List<String[]> parse(String text) {
        List<String[]> rows = new ArrayList<>();
        if (text == null) {
            return rows;
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return rows;
        }
        for (String line : t.split("\n", -1)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
