package app.envelope.billing;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes rejected rows as CSV: the file's original columns, then {@code row} and {@code reason}. */
public final class RejectedRowsCsv {
    private RejectedRowsCsv() {
    }

    public static void write(Path target, List<String> header, List<RejectedRow> rejected) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            write(out, header, rejected);
        }
    }

    public static void write(Writer out, List<String> header, List<RejectedRow> rejected) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        List<String> head = new ArrayList<>(header);
        head.add("row");
        head.add("reason");
        csv.writeRecord(head);
        for (RejectedRow r : rejected) {
            List<String> cells = new ArrayList<>(header.size() + 2);
            for (int i = 0; i < header.size(); i++) cells.add(i < r.cells().size() ? r.cells().get(i) : "");
            cells.add(Long.toString(r.row()));
            cells.add(r.reason());
            csv.writeRecord(cells);
        }
        csv.flush();
    }
}
