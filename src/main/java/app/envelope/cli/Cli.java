package app.envelope.cli;

import app.envelope.store.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headless command line: {@code envelope COMMAND [options]}. */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final CliContext context;

    public Cli(CliContext context, List<Command> extra) {
        this.context = context;
        register(new DemoCommand());
        register(new PlanCommand());
        register(new BenchCommand());
        register(new ImportCommand());
        register(new ExportCommand());
        register(new CompareCommand());
        register(new TimesheetCommand());
        extra.forEach(this::register);
    }

    public Cli(CliContext context) {
        this(context, List.of());
    }

    private void register(Command c) {
        commands.put(c.name(), c);
    }

    public int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            context.out().print(usage());
            return OK;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            return usageError("unknown command \"" + args.get(0) + "\"");
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        if (rest.contains("--help")) {
            context.out().println("usage: envelope " + command.usage());
            context.out().println("  " + command.summary());
            return OK;
        }
        try {
            return command.run(rest, context);
        } catch (UsageException e) {
            return usageError(e.getMessage());
        } catch (StoreException e) {
            context.err().println("error: " + e.getMessage());
            return FAILED;
        }
    }

    private int usageError(String reason) {
        context.err().println("error: " + reason);
        context.err().print(usage());
        return USAGE;
    }

    public String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: envelope [--db PATH]            open the app (no command)\n");
        sb.append("       envelope COMMAND [options]      run headless\n\ncommands:\n");
        for (Command c : commands.values()) {
            sb.append(String.format("  %-62s %s%n", c.usage(), c.summary()));
        }
        sb.append("\nThe database is --db PATH, else $ENVELOPE_DB, else ~/.envelope/envelope (.mv.db).\n");
        return sb.toString();
    }
}
