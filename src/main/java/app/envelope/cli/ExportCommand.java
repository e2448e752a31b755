package app.envelope.cli;

import app.envelope.domain.Sprint;
import app.envelope.report.ExportProgress;
import app.envelope.service.FinanceExport;
import app.envelope.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code export OUT.xlsx --db PATH [--sprint NAME | --sprints A,B,...]}: the finance workbook. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export OUT.xlsx --db PATH [--sprint NAME | --sprints A,B,...]";
    }

    @Override
    public String summary() {
        return "write the finance workbook (all sprints unless some are named)";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db", "sprint", "sprints"), Set.of());
        if (args.positionals().size() != 1) {
            throw new UsageException(args.positionals().isEmpty() ? "export needs the file to write, e.g. finance.xlsx"
                    : "export writes one file, got " + args.positionals().size() + ": " + String.join(" ", args.positionals()));
        }
        if (args.has("sprint") && args.has("sprints")) {
            throw new UsageException("use --sprint NAME or --sprints A,B,..., not both");
        }
        Path out = Path.of(args.positionals().get(0));
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("the file to write should end in .xlsx, got \"" + out.getFileName() + "\"");
        }
        List<String> names = args.has("sprint") ? List.of(args.get("sprint"))
                : args.has("sprints") ? Arrays.stream(args.get("sprints").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList() : List.of();
        if (args.has("sprints") && names.isEmpty()) {
            throw new UsageException("--sprints needs at least one sprint name");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            ctx.err().println("error: cannot write " + out + ": the folder " + folder + " does not exist");
            return Cli.FAILED;
        }
        try (Store store = ctx.open(args)) {
            FinanceExport export = new FinanceExport(store);
            List<Sprint> sprints;
            try {
                sprints = export.resolve(names);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (sprints.isEmpty()) {
                throw new UsageException("the database has no sprints to export");
            }
            FinanceExport.Result r = export.export(out, sprints, ExportProgress.NONE, () -> false);
            ctx.out().printf(Locale.ROOT, "Wrote %s: %d sprint%s, %d plan lines, %,d KB in %.2f s%n", r.file(), r.sprints(),
                    r.sprints() == 1 ? "" : "s", r.lines(), (r.bytes() + 1023) / 1024, r.took().toNanos() / 1e9);
            return Cli.OK;
        } catch (IOException | IllegalStateException e) {
            ctx.err().println("error: cannot write " + out + ": " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
