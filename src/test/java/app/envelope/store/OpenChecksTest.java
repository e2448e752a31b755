package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three bad databases of issue 2: each gets a clear message naming the path, and none is damaged. */
class OpenChecksTest {
    @TempDir
    Path dir;

    @Test
    void aPathThatCannotBeWrittenIsRefusedWithItsPath() throws Exception {
        Path notAFolder = dir.resolve("plain-file.txt");
        Files.writeString(notAFolder, "I am a file, not a folder");
        Path db = notAFolder.resolve("envelope");
        StoreException e = assertThrows(StoreException.class, () -> TestStores.open(notAFolder, "envelope"));
        assertTrue(e.getMessage().startsWith("Cannot write the database at " + db + ".mv.db"), e.getMessage());
        assertTrue(e.getMessage().contains("--db PATH"), e.getMessage());
        assertEquals("I am a file, not a folder", Files.readString(notAFolder));
    }

    @Test
    void aDatabaseFromANewerEnvelopeIsRefusedAndLeftUnchanged() throws Exception {
        try (Store s = TestStores.demo(dir)) {
            assertTrue(s.portfolio().epics().size() > 0);
        }
        Path file = dir.resolve("demo.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("demo"), "sa", "");
             Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '" + (Schema.LATEST_VERSION + 7) + "', 'from the future', 'SQL', 'V99__future.sql',"
                    + " 1, 'sa', 1, TRUE)");
        }
        String before = sha256(file);
        StoreException e = assertThrows(StoreException.class, () -> TestStores.open(dir, "demo"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer version of Envelope"), e.getMessage());
        assertTrue(e.getMessage().contains("schema version " + (Schema.LATEST_VERSION + 7)), e.getMessage());
        assertEquals(before, sha256(file), "the refused file must not change");
    }

    @Test
    void aDatabaseOpenInAnotherEnvelopeIsRefusedAndStillReadableAfterwards() throws Exception {
        try (Store s = TestStores.demo(dir)) {
            assertEquals(4, s.portfolio().sprints().size());
        }
        Path db = dir.resolve("demo");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), db.toString());
        pb.redirectErrorStream(true);
        Process other = pb.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("ready"));
            assertTrue(line != null, "the second process did not open the database");
            StoreException e = assertThrows(StoreException.class, () -> TestStores.open(dir, "demo"));
            assertTrue(e.getMessage().contains(db + ".mv.db"), e.getMessage());
            assertTrue(e.getMessage().contains("already open in another running Envelope"), e.getMessage());
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
        try (Store s = TestStores.open(dir, "demo")) {
            assertEquals(4, s.portfolio().sprints().size());
            assertEquals(24, s.portfolio().epics().size());
        }
    }

    @Test
    void schemaVersionConstantMatchesTheHighestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int max = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0);
            assertEquals(max, Schema.LATEST_VERSION);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
