package app.envelope.domain;

import java.util.Map;

/**
 * The columns of a billing line that tie spend to work. Any may be null. {@code raw} holds parsed
 * key-value tags (FOCUS {@code Tags} JSON); {@code extra} keeps every column of the vendor file
 * that the mapping did not use, by its header name, so that nothing in the file is lost, in the
 * file's column order ({@link NamedValues}).
 */
public record WorkTags(String project, String repository, String workspace, String apiKeyName, String costCenter,
                       String user, Map<String, String> raw, Map<String, String> extra) {
    public static final WorkTags NONE = new WorkTags(null, null, null, null, null, null, NamedValues.EMPTY, NamedValues.EMPTY);

    public WorkTags {
        raw = raw == null ? NamedValues.EMPTY : NamedValues.copyOf(raw);
        extra = extra == null ? NamedValues.EMPTY : NamedValues.copyOf(extra);
    }
}
