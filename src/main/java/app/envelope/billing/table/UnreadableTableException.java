package app.envelope.billing.table;

import java.io.IOException;

/** The file cannot be read as a table; the message is the reason, written for the user. */
public final class UnreadableTableException extends IOException {
    public UnreadableTableException(String reason) {
        super(reason);
    }

    public UnreadableTableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
