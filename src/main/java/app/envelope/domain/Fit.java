package app.envelope.domain;

/** How a line's planned cost C fits its willingness Z. Ordered from best to worst. */
public enum Fit {
    /** C &lt;= Z. */
    GREEN,
    /** C - R &lt;= Z &lt; C: fits only if the risk reserve is not used. */
    AMBER,
    /** Z &lt; C - R. */
    RED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isWorseThan(Fit other) {
        return ordinal() > other.ordinal();
    }
}
