package app.envelope.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A unit of work with a business reason, identified by a key such as {@code PAY-142}. */
public record Epic(String key, String title, String team) {
    /** What an epic key looks like: letters, a dash, digits. */
    public static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}-\\d{1,6}");

    public Epic {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("epic key \"" + key + "\" should look like PAY-142");
        }
        title = title == null ? "" : title;
        team = team == null ? "" : team;
    }
}
