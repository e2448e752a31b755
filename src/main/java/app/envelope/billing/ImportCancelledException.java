package app.envelope.billing;

import java.util.concurrent.CancellationException;

/** The user cancelled the import; the sink must roll back what it received. */
public final class ImportCancelledException extends CancellationException {
    private final long rowsRead;

    public ImportCancelledException(String fileName, long rowsRead) {
        super("import of " + fileName + " cancelled after " + rowsRead + " rows");
        this.rowsRead = rowsRead;
    }

    public long rowsRead() {
        return rowsRead;
    }
}
