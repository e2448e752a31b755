package app.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void javafxUnpacksItsNativesIntoEnvelopesFolderInTheHome() {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ana");
        Launcher.defaultJavafxCacheDir(p);
        assertEquals(Path.of("/home/ana", ".envelope", "cache", "openjfx").toAbsolutePath().toString(),
                p.getProperty(Launcher.JAVAFX_CACHEDIR));
    }

    @Test
    void anExplicitJavafxCacheDirWins() {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ana");
        p.setProperty(Launcher.JAVAFX_CACHEDIR, "/var/cache/fx");
        Launcher.defaultJavafxCacheDir(p);
        assertEquals("/var/cache/fx", p.getProperty(Launcher.JAVAFX_CACHEDIR));
    }

    @Test
    void noArgumentsOrOnlyADatabaseOpenTheAppAnythingElseIsACommand() {
        assertTrue(Launcher.opensApp(List.of()));
        assertTrue(Launcher.opensApp(List.of("--db", "/tmp/x")));
        assertTrue(Launcher.opensApp(List.of("--db=/tmp/x")));
        assertFalse(Launcher.opensApp(List.of("plan", "--db", "/tmp/x")));
        assertFalse(Launcher.opensApp(List.of("--help")));
    }
}
