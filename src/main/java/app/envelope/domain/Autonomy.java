package app.envelope.domain;

/** Who drives the work: a person with AI assist, a supervised agent or an autonomous agent. */
public enum Autonomy {
    ASSIST, SUPERVISED, AUTONOMOUS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Autonomy parse(String text) {
        return Enums.parse(Autonomy.class, text, "autonomy");
    }
}
