package app.envelope.cli;

/** One headless command. */
public interface Command {
    String name();

    /** One line of usage, e.g. {@code plan --db PATH [--sprint NAME] [--json]}. */
    String usage();

    String summary();

    /** Runs the command; returns the exit status. */
    int run(java.util.List<String> args, CliContext context);
}
