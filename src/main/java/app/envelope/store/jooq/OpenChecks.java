package app.envelope.store.jooq;

import app.envelope.store.DbLocation;
import app.envelope.store.Schema;
import app.envelope.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;

/**
 * The checks made before a database file is changed. Each failure names the path and says what
 * to do; none of them writes to the file.
 */
final class OpenChecks {
    private OpenChecks() {
    }

    static String url(Path path, boolean readOnly) {
        String base = "jdbc:h2:file:" + path.toString().replace('\\', '/');
        return readOnly ? base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : base;
    }

    static void requireWritable(Path path) {
        Path file = DbLocation.file(path);
        Path folder = path.getParent();
        try {
            if (folder != null && !Files.isDirectory(folder)) {
                Files.createDirectories(folder);
            }
        } catch (IOException | SecurityException e) {
            throw cannotWrite(path, "the folder " + folder + " cannot be created");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw cannotWrite(path, "the folder " + folder + " is not writable");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw cannotWrite(path, "the file " + file + " is read-only");
        }
        if (Files.isDirectory(file)) {
            throw cannotWrite(path, file + " is a folder");
        }
    }

    private static StoreException cannotWrite(Path path, String why) {
        return new StoreException("Cannot write the database at " + DbLocation.file(path) + ": " + why
                + ". Choose another location with --db PATH or the environment variable " + DbLocation.ENV + ".");
    }

    /** Refuses a database whose schema is newer than this build knows, reading it in read-only mode. */
    static void requireKnownSchema(Path path) {
        int found = schemaVersion(path);
        if (found > Schema.LATEST_VERSION) {
            throw new StoreException("The database " + DbLocation.file(path) + " was made by a newer version of Envelope"
                    + " (schema version " + found + "; this version knows up to " + Schema.LATEST_VERSION + ")."
                    + " Update Envelope to open it. The file was not changed.");
        }
    }

    /** The schema version of the database, read in read-only mode; 0 when there is no file or no schema yet. */
    static int schemaVersion(Path path) {
        if (!Files.exists(DbLocation.file(path))) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection(url(path, true), "sa", "");
             Statement s = c.createStatement()) {
            return highestAppliedVersion(s);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    private static int highestAppliedVersion(Statement s) throws SQLException {
        try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            t.next();
            if (t.getInt(1) == 0) {
                return 0;
            }
        }
        int max = 0;
        try (ResultSet r = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (r.next()) {
                max = Math.max(max, majorVersion(r.getString(1)));
            }
        }
        return max;
    }

    private static int majorVersion(String version) {
        String head = version.split("[._]")[0];
        try {
            return Integer.parseInt(head);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Turns H2's and Flyway's failures into a message about the file and what to do. */
    static StoreException translate(Path path, Throwable e) {
        Path file = DbLocation.file(path);
        SQLException sql = findSql(e);
        if (sql != null) {
            switch (sql.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1:
                    return new StoreException("The database " + file + " is already open in another running Envelope"
                            + " (or another program). Close it there first, or open another database with --db PATH.", e);
                case ErrorCode.FILE_CORRUPTED_1:
                case ErrorCode.FILE_VERSION_ERROR_1:
                case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                    return new StoreException("The file " + file + " is not an Envelope database this version can read."
                            + " It was not changed. Choose another file with --db PATH.", e);
                case ErrorCode.DATABASE_IS_READ_ONLY:
                case ErrorCode.IO_EXCEPTION_1:
                case ErrorCode.IO_EXCEPTION_2:
                    return new StoreException("Cannot write the database at " + file + ": " + sql.getMessage().split("\n")[0]
                            + ". Choose another location with --db PATH or " + DbLocation.ENV + ".", e);
                default:
                    break;
            }
        }
        return new StoreException("Cannot open the database " + file + ": " + rootMessage(e), e);
    }

    private static SQLException findSql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.split("\n")[0];
    }
}
