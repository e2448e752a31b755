package app.envelope.cli;

import app.envelope.domain.Sprint;
import app.envelope.service.CompareService;
import app.envelope.service.TimesheetImport;
import app.envelope.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code timesheet FILE --db PATH [--sprint NAME]}: actual hours per epic from a CSV, all rows or none. */
final class TimesheetCommand implements Command {
    @Override
    public String name() {
        return "timesheet";
    }

    @Override
    public String usage() {
        return "timesheet FILE --db PATH [--sprint NAME]";
    }

    @Override
    public String summary() {
        return "import actual hours (CSV: epic, hours) into a sprint (default: the last closed)";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db", "sprint"), Set.of());
        if (args.positionals().size() != 1) {
            throw new UsageException("timesheet needs exactly one FILE");
        }
        try (Store store = ctx.open(args)) {
            CompareService service = new CompareService(store);
            Sprint sprint = SprintOption.chosen(args, store, service::sprints, service::defaultSprint);
            try {
                TimesheetImport.Result r = new TimesheetImport(store).importFile(Path.of(args.positionals().get(0)), sprint);
                ctx.out().println("Imported " + r.rows() + " rows into " + sprint.name() + ": "
                        + r.totalHours().stripTrailingZeros().toPlainString() + " h for " + r.hoursByEpic().size()
                        + (r.hoursByEpic().size() == 1 ? " line" : " lines"));
                for (Map.Entry<String, BigDecimal> e : r.hoursByEpic().entrySet()) {
                    ctx.out().println("  " + e.getKey() + "  " + e.getValue().stripTrailingZeros().toPlainString() + " h");
                }
                return Cli.OK;
            } catch (TimesheetImport.Refused e) {
                ctx.err().println("error: " + Path.of(args.positionals().get(0)).getFileName()
                        + " was not imported (nothing was stored):");
                e.problems().forEach(p -> ctx.err().println("  " + p));
                return Cli.FAILED;
            }
        }
    }
}
