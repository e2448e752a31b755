package app.envelope.report;

/** Progress of an export: what it is doing and how far it is ({@code total} 0 when unknown). */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (step, done, total) -> { };

    void update(String step, long done, long total);
}
