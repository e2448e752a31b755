package app.envelope.store;

import java.math.BigDecimal;

/**
 * Spend of a group of billing lines in the portfolio currency (each line converted at its own FX
 * rate). {@code list} and {@code billed} are null when none of the lines has that column.
 */
public record SpendGroup(String key, long lines, BigDecimal list, BigDecimal effective, BigDecimal billed) {
    /** How lines are grouped. {@code UNATTRIBUTED_SOURCE} groups unattributed lines by vendor and their work tags. */
    public enum By { EPIC, SPRINT, UNATTRIBUTED_SOURCE }

    public static final String UNATTRIBUTED = "unattributed";
    public static final String OUTSIDE_SPRINTS = "outside any sprint";
}
