package app.envelope.domain;

/** Reasoning effort asked of the model. */
public enum Effort {
    LOW, MEDIUM, HIGH;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Effort parse(String text) {
        return Enums.parse(Effort.class, text, "effort");
    }
}
