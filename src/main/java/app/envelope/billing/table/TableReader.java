package app.envelope.billing.table;

import app.envelope.billing.parse.DecimalStyle;
import java.io.IOException;
import java.util.List;

/**
 * A streaming reader of a table file (CSV or XLSX): the header, then one row at a time. Never
 * holds the whole file in memory.
 */
public interface TableReader extends AutoCloseable {

    /** The header cells as written in the file (BOM and surrounding spaces removed). */
    List<String> header();

    /** The next data row, or null at the end of the table. */
    TableRow next() throws IOException;

    /** How numbers are written in this file. */
    DecimalStyle decimalStyle();

    /** Bytes consumed so far, comparable with {@link #totalBytes()}. */
    long bytesRead();

    /** The size the progress is measured against, or -1 when unknown. */
    long totalBytes();

    /** SHA-256 of the file's bytes as lower-case hex; only valid after the last row was read. */
    String sha256() throws IOException;

    @Override
    void close() throws IOException;
}
