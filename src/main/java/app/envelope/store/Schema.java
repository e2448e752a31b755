package app.envelope.store;

/** The schema version this build of Envelope knows (the highest Flyway migration it ships). */
public final class Schema {
    /** Must equal the highest {@code V<n>__*.sql} in {@code db/migration}; a test checks it. */
    public static final int LATEST_VERSION = 6;

    private Schema() {
    }
}
