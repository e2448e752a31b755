package app.envelope.billing;

/**
 * Progress of a read, reported every few thousand rows and at the end: rows read so far and
 * bytes read of the total (for a progress bar and rows per second). {@code totalBytes} is -1
 * when unknown. For XLSX the bytes are uncompressed bytes of the sheet.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytes, total) -> { };

    void update(long rowsRead, long bytesRead, long totalBytes);
}
