package app.envelope.billing.table;

import java.io.IOException;
import java.nio.file.Path;

/** Opens the right {@link TableReader} for a file: XLSX by extension, CSV (any delimiter) otherwise. */
public final class TableReaders {
    private TableReaders() {
    }

    public static TableReader open(Path file) throws IOException {
        return isWorkbook(file) ? new XlsxTableReader(file) : new CsvTableReader(file);
    }

    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }
}
