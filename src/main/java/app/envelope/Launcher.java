package app.envelope;

import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.store.jooq.H2Store;
import java.util.Arrays;
import java.util.List;

/**
 * The program's entry point (a separate class from the JavaFX Application so that the fat jar and
 * jpackage can start it from the class path). No arguments, or only {@code --db PATH}, open the
 * app; anything else runs a headless command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        List<String> list = Arrays.asList(args);
        if (opensApp(list)) {
            EnvelopeApp.main(args);
            return;
        }
        CliContext ctx = new CliContext(H2Store::open, System.getenv(), System.out, System.err,
                Composition::mappings);
        System.exit(new Cli(ctx, Composition.extraCommands()).run(list));
    }

    static boolean opensApp(List<String> args) {
        return args.isEmpty() || (args.size() == 2 && args.get(0).equals("--db"))
                || (args.size() == 1 && args.get(0).startsWith("--db="));
    }
}
