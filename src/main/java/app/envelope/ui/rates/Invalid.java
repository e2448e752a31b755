package app.envelope.ui.rates;

/** A form input refused: which field, and why (shown next to it). */
final class Invalid extends Exception {
    private final transient FormField field;

    Invalid(FormField field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    FormField field() {
        return field;
    }
}
