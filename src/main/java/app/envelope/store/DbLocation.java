package app.envelope.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database lives: {@code --db PATH} wins, then the environment variable
 * {@code ENVELOPE_DB}, then {@code ~/.envelope/envelope} in the user's home. The path names the
 * database without H2's {@code .mv.db} suffix; a path given with the suffix is accepted too.
 */
public final class DbLocation {
    public static final String ENV = "ENVELOPE_DB";
    public static final String SUFFIX = ".mv.db";
    /** Envelope's folder in the user's home: the default database, and JavaFX's unpacked natives. */
    public static final String FOLDER = ".envelope";

    private DbLocation() {
    }

    public static Path resolve(String dbArgument, Map<String, String> environment) {
        String chosen = dbArgument;
        if (chosen == null || chosen.isBlank()) {
            chosen = environment.get(ENV);
        }
        if (chosen == null || chosen.isBlank()) {
            return defaultLocation();
        }
        return normalise(Path.of(chosen));
    }

    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), FOLDER, "envelope").toAbsolutePath();
    }

    /** Absolute, without the {@code .mv.db} suffix. */
    public static Path normalise(Path path) {
        String s = path.toAbsolutePath().normalize().toString();
        if (s.endsWith(SUFFIX)) {
            s = s.substring(0, s.length() - SUFFIX.length());
        }
        return Path.of(s);
    }

    /** The file H2 writes for a database path. */
    public static Path file(Path dbPath) {
        return Path.of(dbPath.toString() + SUFFIX);
    }
}
