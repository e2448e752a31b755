package app.envelope.billing.attribution;

/** How a rule compares a line's field with its value; all comparisons ignore case. */
public enum RuleOperator {
    EQUALS, PREFIX, CONTAINS,
    /** {@code *} any characters, {@code ?} one character, e.g. {@code payments-*}. */
    GLOB,
    /** A Java regular expression that must match the whole value. */
    REGEX
}
