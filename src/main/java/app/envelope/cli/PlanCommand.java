package app.envelope.cli;

import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code plan --db PATH [--sprint NAME] [--json]}: the sprint's plan lines and totals. */
final class PlanCommand implements Command {
    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String usage() {
        return "plan --db PATH [--sprint NAME] [--json]";
    }

    @Override
    public String summary() {
        return "print a sprint's plan lines and totals (default: the open sprint)";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db", "sprint"), Set.of("json"));
        if (!args.positionals().isEmpty()) {
            throw new UsageException("plan takes no arguments, got \"" + args.positionals().get(0) + "\"");
        }
        try (Store store = ctx.open(args)) {
            PlanQueries q = new PlanQueries(store);
            Sprint sprint = SprintOption.chosen(args, store, () -> store.portfolio().sprints(), q::currentSprint);
            SprintEvaluation eval = q.evaluate(sprint);
            Map<String, app.envelope.domain.Epic> epics = store.portfolio().epics().stream()
                    .collect(Collectors.toMap(app.envelope.domain.Epic::key, Function.identity()));
            String currency = store.rateCard().load().currency();
            if (args.has("json")) {
                ctx.out().println(PlanJson.write(sprint, eval, epics, currency));
            } else {
                ctx.out().print(PlanTable.write(sprint, eval, currency));
            }
        }
        return Cli.OK;
    }
}
