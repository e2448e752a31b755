package app.envelope.cli;

import app.envelope.domain.Sprint;
import app.envelope.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The {@code --sprint NAME} option of the commands that work on one sprint. */
final class SprintOption {
    private SprintOption() {
    }

    /**
     * The sprint {@code --sprint} names, else the command's default; a name that matches no sprint
     * is a usage error that lists {@code all}, and no default one that says there are no sprints.
     */
    static Sprint chosen(Args args, Store store, Supplier<List<Sprint>> all, Supplier<Optional<Sprint>> otherwise) {
        String name = args.get("sprint");
        if (name != null) {
            return store.portfolio().sprint(name).orElseThrow(() -> new UsageException("no sprint named \"" + name
                    + "\" (sprints: " + all.get().stream().map(Sprint::name).collect(Collectors.joining(", ")) + ")"));
        }
        return otherwise.get().orElseThrow(() -> new UsageException("the database has no sprints"));
    }
}
