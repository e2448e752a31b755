package app.envelope.domain;

/** Warnings the cost model raises on a plan line. */
public enum Flag {
    /** A line worth doing (Y &gt;= C) whose token envelope Z - L - U - R is below T50. */
    STARVED,
    /** Small bounded work (XS or S) planned on the frontier tier or at high effort. */
    OVER_POWERED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
