package app.envelope.domain;

import java.util.Objects;

/** A model on the rate card, e.g. {@code claude-sonnet-4-5} by Anthropic. */
public record AiModel(String id, String vendor, String displayName) {
    public AiModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendor, "vendor");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
    }
}
