package app.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.store.jooq.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The screenshot command's arguments (rendering itself is looked at, not unit-tested: it starts the toolkit). */
class ScreenshotCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Cli cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), Composition.extraCommands());
        return cli.run(List.of(args));
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        assertEquals(Cli.USAGE, run("screenshot", "--db", "/tmp/none", "--screen", "presenter", "--theme", "sepia",
                "--out", "x.png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--theme \"sepia\" should be light, dark or high-contrast"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void presenterIsAScreenAndTheHelpNamesTheThemes() {
        assertEquals(Cli.USAGE, run("screenshot", "--db", "/tmp/none", "--screen", "nowhere", "--out", "x.png"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("presenter"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Cli.OK, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[--theme light|dark|high-contrast]"));
    }
}
