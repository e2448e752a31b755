package app.envelope.domain;

import java.util.Objects;

/** A team that owns epics. */
public record Team(String name) {
    public Team {
        Objects.requireNonNull(name, "name");
    }
}
