package app.envelope.billing.format;

/** A row cannot become a billing line; the message is the reason (without the row number). Cheap: no stack trace. */
public final class RowRejectedException extends RuntimeException {
    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
