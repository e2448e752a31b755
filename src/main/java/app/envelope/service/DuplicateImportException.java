package app.envelope.service;

/** The same file (by SHA-256) was imported before; the message names the earlier import. */
public class DuplicateImportException extends RuntimeException {
    public DuplicateImportException(String message) {
        super(message);
    }
}
