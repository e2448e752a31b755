package app.envelope.domain;

/** Model tier a plan line runs on. */
public enum Tier {
    SMALL, MID, FRONTIER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Tier parse(String text) {
        return Enums.parse(Tier.class, text, "tier");
    }
}
