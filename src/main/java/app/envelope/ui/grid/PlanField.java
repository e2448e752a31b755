package app.envelope.ui.grid;

import app.envelope.domain.Autonomy;
import app.envelope.domain.Effort;
import app.envelope.domain.Money;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Tier;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The editable inputs of a plan line in grid order (also the order a pasted range fills). Each
 * parses a cell's text into a changed line, or throws {@link IllegalArgumentException} with the
 * reason shown next to the cell.
 */
public enum PlanField {
    VALUE("Value Y"), WILLINGNESS("Willing Z"), SIZE("Size"), TIER("Tier"), EFFORT("Effort"), AUTONOMY("Autonomy"),
    BOUNDED("Scope"), HOURS("Hours"), TOOLING("Tooling"), RISK_OVERRIDE("Risk override");

    private final String header;

    PlanField(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** The line with this field set from {@code text}; the line is validated as a whole. */
    public PlanLine apply(PlanLine line, String text) {
        String t = text == null ? "" : text.trim();
        PlanLine.Builder b = line.toBuilder();
        switch (this) {
            case VALUE -> b.value(money(t, "value Y"));
            case WILLINGNESS -> b.willingness(money(t, "willingness Z"));
            case SIZE -> b.size(Size.parse(t));
            case TIER -> b.tier(Tier.parse(t));
            case EFFORT -> b.effort(Effort.parse(t));
            case AUTONOMY -> b.autonomy(Autonomy.parse(t));
            case BOUNDED -> b.bounded(bounded(t));
            case HOURS -> b.labourHours(number(t, "hours"));
            case TOOLING -> b.tooling(money(t, "tooling"));
            case RISK_OVERRIDE -> b.riskOverride(t.isEmpty() || t.equals("-") || t.equalsIgnoreCase("auto")
                    ? null : money(t, "risk override"));
            default -> throw new IllegalStateException(name());
        }
        return b.build();
    }

    /** The field's current value as the text a user would type. */
    public String text(PlanLine l) {
        return switch (this) {
            case VALUE -> plain(l.value());
            case WILLINGNESS -> plain(l.willingness());
            case SIZE -> l.size().name();
            case TIER -> l.tier().label();
            case EFFORT -> l.effort().label();
            case AUTONOMY -> l.autonomy().label();
            case BOUNDED -> l.bounded() ? "bounded" : "open";
            case HOURS -> plain(l.labourHours());
            case TOOLING -> plain(l.tooling());
            case RISK_OVERRIDE -> l.riskOverride() == null ? "" : plain(l.riskOverride());
        };
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal money(String t, String what) {
        return Money.parse(t, what);
    }

    private static BigDecimal number(String t, String what) {
        return Money.parse(t, what);
    }

    private static boolean bounded(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "bounded", "yes", "y", "true", "1" -> true;
            case "open", "unbounded", "open-ended", "no", "n", "false", "0" -> false;
            default -> throw new IllegalArgumentException("scope \"" + t + "\" should be bounded or open");
        };
    }
}
