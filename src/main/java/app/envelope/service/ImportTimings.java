package app.envelope.service;

import java.time.Duration;

/**
 * Where an import's wall time went. Reading (parse, validate, map, attribute, on its own thread)
 * and storing (the inserts, on the calling thread) overlap, so the phases add up to more than the
 * total; {@code waiting} is the time the store sat idle waiting for the reader.
 *
 * @param hashing   the SHA-256 of the file and the duplicate check, before anything is read
 * @param reading   the reading thread, from the first row to the end of the file
 * @param readingCpu the CPU time the reading thread used (where the JVM measures it; else zero)
 * @param storing   the inserts of the lines into the batch's transaction
 * @param waiting   the store waiting for the reader to hand it lines
 * @param committing writing the batch's totals and committing the transaction
 * @param reporting the report's spend by sprint, epic and unattributed source, after the commit
 * @param total     the whole import, as the caller waited for it
 */
public record ImportTimings(Duration hashing, Duration reading, Duration readingCpu, Duration storing, Duration waiting,
                            Duration committing, Duration reporting, Duration total) {
    public static final ImportTimings UNKNOWN = new ImportTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
}
