package app.envelope.cli;

import app.envelope.store.DbLocation;
import app.envelope.store.Store;
import app.envelope.service.DemoLoader;
import app.envelope.service.ImportReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code demo --db PATH}: creates the demo portfolio in a new database. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo --db PATH";
    }

    @Override
    public String summary() {
        return "create the demo portfolio in a new database, with last sprints' billing files imported";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db"), Set.of());
        if (!args.positionals().isEmpty()) {
            throw new UsageException("demo takes no arguments besides --db PATH, got \"" + args.positionals().get(0) + "\"");
        }
        if (args.get("db") == null) {
            throw new UsageException("demo needs --db PATH (a new database file)");
        }
        Path path = ctx.dbPath(args);
        if (Files.exists(DbLocation.file(path))) {
            ctx.err().println("error: " + DbLocation.file(path) + " already exists; the demo is created in a new database."
                    + " Choose another --db PATH.");
            return Cli.FAILED;
        }
        try (Store store = ctx.stores().open(path)) {
            List<ImportReport> imported = new DemoLoader(store).load();
            long lines = imported.stream().mapToLong(r -> r.read().rowsImported()).sum();
            ctx.out().println("Created the demo portfolio in " + DbLocation.file(path) + ": "
                    + store.portfolio().epics().size() + " epics, " + store.portfolio().sprints().size() + " sprints, "
                    + imported.size() + " billing files imported (" + lines + " lines).");
        }
        return Cli.OK;
    }
}
