package app.envelope.store;

/** The schema version this build of Envelope knows (the highest Flyway migration it ships). */
public final class Schema {
    /** Must equal the highest {@code V<n>__*.sql} in {@code db/migration} (V8 is a Java migration); a test checks it. */
    public static final int LATEST_VERSION = 10;

    private Schema() {
    }
}
