package app.envelope.domain;

/** Why an epic is worth its value Y. */
public enum ValueBasis {
    REVENUE_PROTECTED, COST_REMOVED, RISK_REDUCED, SUPPORT_HOURS_SAVED, COMPLIANCE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public static ValueBasis parse(String text) {
        return Enums.parse(ValueBasis.class, text, "value basis");
    }
}
