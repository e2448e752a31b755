package app.envelope;

import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.store.DbLocation;
import app.envelope.store.jooq.H2Store;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The program's entry point (a separate class from the JavaFX Application so that the fat jar and
 * jpackage can start it from the class path). No arguments, or only {@code --db PATH}, open the
 * app; anything else runs a headless command.
 */
public final class Launcher {
    static final String JAVAFX_CACHEDIR = "javafx.cachedir";

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        defaultJavafxCacheDir(System.getProperties());
        List<String> list = Arrays.asList(args);
        if (opensApp(list)) {
            EnvelopeApp.main(args);
            return;
        }
        CliContext ctx = new CliContext(H2Store::open, System.getenv(), System.out, System.err,
                Composition::mappings);
        System.exit(new Cli(ctx, Composition.extraCommands()).run(list));
    }

    /**
     * JavaFX unpacks its native libraries from its jars on first use, by default into
     * {@code ~/.openjfx/cache}. Keep them in Envelope's folder in the user's home instead, so the
     * program writes only there (never inside its installation, which is read-only once
     * installed). An explicit {@code -Djavafx.cachedir} wins. (jpackage's launcher on JDK 17
     * expands only {@code $APPDIR}, {@code $BINDIR} and {@code $ROOTDIR} in java-options, not
     * {@code $HOME}, so this cannot be said in the installer's options.)
     */
    static void defaultJavafxCacheDir(Properties props) {
        String given = props.getProperty(JAVAFX_CACHEDIR);
        if (given == null || given.isBlank()) {
            Path dir = Path.of(props.getProperty("user.home"), DbLocation.FOLDER, "cache", "openjfx");
            props.setProperty(JAVAFX_CACHEDIR, dir.toAbsolutePath().toString());
        }
    }

    static boolean opensApp(List<String> args) {
        return args.isEmpty() || (args.size() == 2 && args.get(0).equals("--db"))
                || (args.size() == 1 && args.get(0).startsWith("--db="));
    }
}
