package app.envelope.store;

/** A store failure with a message fit for the user: what happened, to which file, and what to do. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
