package app.envelope.domain;

/** Lifecycle of a sprint. */
public enum SprintStatus {
    PLANNED, OPEN, CLOSED;

    public static SprintStatus parse(String text) {
        return Enums.parse(SprintStatus.class, text, "sprint status");
    }
}
