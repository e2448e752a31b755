package app.envelope.cli;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.RejectedRow;
import app.envelope.billing.UnreadableFileException;
import app.envelope.domain.Money;
import app.envelope.service.DuplicateImportException;
import app.envelope.service.ImportReport;
import app.envelope.service.ImportService;
import app.envelope.store.SpendGroup;
import app.envelope.store.Store;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code import FILE... --db PATH [--json]}: imports vendor billing files, one batch per file. */
final class ImportCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int REJECTED_SHOWN = 100;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE... --db PATH [--json]";
    }

    @Override
    public String summary() {
        return "import vendor billing files (CSV or XLSX), each all-or-nothing";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db"), Set.of("json"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("import needs at least one FILE");
        }
        boolean json = args.has("json");
        int status = Cli.OK;
        ArrayNode results = JSON.createArrayNode();
        try (Store store = ctx.open(args)) {
            ImportService service = new ImportService(store, new BillingFileReader(), ctx.mappings().apply(store));
            for (String name : args.positionals()) {
                Path file = Path.of(name);
                ObjectNode n = results.addObject();
                n.put("file", file.toString());
                try {
                    ImportReport r = service.importFile(file, ImportProgress.NONE, () -> false);
                    describe(n, r);
                    if (!json) {
                        ctx.out().printf("%s: %s, %d rows read, %d imported, %d rejected; effective %s %s%n", file,
                                r.read().formatName(), r.read().rowsRead(), r.read().rowsImported(),
                                r.read().rejectedCount(), Money.plain(r.read().effectiveTotal()), r.read().currency());
                        r.read().rejected().stream().limit(20).forEach(x -> ctx.out().println("  " + x.message()));
                    }
                } catch (UnreadableFileException | DuplicateImportException e) {
                    n.put("error", e.getMessage());
                    status = Cli.FAILED;
                    if (!json) {
                        ctx.err().println("error: " + e.getMessage());
                    }
                }
            }
        }
        if (json) {
            ctx.out().println(results.toPrettyString());
        }
        return status;
    }

    private static void describe(ObjectNode n, ImportReport r) {
        var read = r.read();
        n.put("batch", r.batch().id());
        n.put("format", read.formatId());
        n.put("formatName", read.formatName());
        n.put("rowsRead", read.rowsRead());
        n.put("rowsImported", read.rowsImported());
        n.put("rowsRejected", read.rejectedCount());
        ArrayNode rejected = n.putArray("rejected");
        for (RejectedRow x : read.rejected().stream().limit(REJECTED_SHOWN).toList()) {
            ObjectNode o = rejected.addObject();
            o.put("row", x.row());
            o.put("reason", x.reason());
        }
        ObjectNode totals = n.putObject("totals");
        money(totals, "list", read.listTotal());
        money(totals, "effective", read.effectiveTotal());
        money(totals, "billed", read.billedTotal());
        n.put("currency", read.currency());
        groups(n.putArray("bySprint"), r.bySprint());
        groups(n.putArray("byEpic"), r.byEpic());
        group(n.putObject("unattributed"), r.unattributed());
        groups(((ObjectNode) n.get("unattributed")).putArray("sources"), r.unattributedSources());
        group(n.putObject("outsideSprints"), r.outsideSprints());
    }

    private static void groups(ArrayNode arr, List<SpendGroup> list) {
        list.forEach(g -> group(arr.addObject(), g));
    }

    private static void group(ObjectNode o, SpendGroup g) {
        if (g == null) {
            o.put("lines", 0);
            o.put("effective", "0.00");
            return;
        }
        o.put("key", g.key());
        o.put("lines", g.lines());
        money(o, "list", g.list());
        money(o, "effective", g.effective());
        money(o, "billed", g.billed());
    }

    private static void money(ObjectNode o, String field, BigDecimal v) {
        if (v == null) {
            o.putNull(field);
        } else {
            o.put(field, v.stripTrailingZeros().scale() < 2 ? Money.plain(v) : v.stripTrailingZeros().toPlainString());
        }
    }
}
