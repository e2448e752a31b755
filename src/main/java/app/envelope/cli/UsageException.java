package app.envelope.cli;

/** A wrong command or argument: printed as one line followed by the usage; exit status 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
