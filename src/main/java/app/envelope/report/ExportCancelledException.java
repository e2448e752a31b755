package app.envelope.report;

/** The user cancelled an export; nothing was written and an earlier file is untouched. */
public class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("export cancelled; nothing was written");
    }
}
