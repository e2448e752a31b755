package app.envelope.domain;

import java.time.LocalDate;

/** A rate-card entry that is replaced, not edited: a new version takes over from its date. */
public interface Versioned {
    /** What this entry is a version of (a model id, a tier, a size...). */
    String versionKey();

    LocalDate validFrom();
}
