package app.envelope.billing;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole file is refused (missing, empty, binary, wrong encoding, unknown header, encrypted,
 * hostile...). The message names the file and the reason.
 */
public final class UnreadableFileException extends Exception {
    private final transient Path file;
    private final String reason;
    private final List<String> seenHeader;

    public UnreadableFileException(Path file, String reason) {
        this(file, reason, List.of(), null);
    }

    public UnreadableFileException(Path file, String reason, List<String> seenHeader, Throwable cause) {
        super(fileName(file) + " " + reason, cause);
        this.file = file;
        this.reason = reason;
        this.seenHeader = List.copyOf(seenHeader);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public Path file() {
        return file;
    }

    /** The reason without the file name. */
    public String reason() {
        return reason;
    }

    /** For an unrecognised file: the header names that were seen (for a column-mapping dialog); else empty. */
    public List<String> seenHeader() {
        return seenHeader;
    }
}
