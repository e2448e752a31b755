package app.envelope;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.cli.Command;
import app.envelope.service.ActualsService;
import app.envelope.service.StoredMappings;
import app.envelope.store.DbLocation;
import app.envelope.store.Store;
import app.envelope.service.DemoLoader;
import app.envelope.store.jooq.H2Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The composition root: the one place that chooses implementations and wires them together. */
public final class Composition {
    private Composition() {
    }

    /** Commands that need more than the cli package (the UI, for screenshots). */
    static List<Command> extraCommands() {
        return List.of(new ScreenshotCommand(), new WindowBench());
    }

    /**
     * Opens the app's database (from --db, ENVELOPE_DB or the default), loading the demo on first
     * start: its portfolio and its billing files, so the closed sprint has actuals from the first minute.
     */
    public static Store openForApp(String dbArgument, Map<String, String> env) {
        return openForApp(dbArgument, env, step -> { });
    }

    /** As {@link #openForApp(String, Map)}, telling {@code steps} what it is doing (the splash shows it). */
    public static Store openForApp(String dbArgument, Map<String, String> env, Consumer<String> steps) {
        Path path = DbLocation.resolve(dbArgument, env);
        if (H2Store.needsUpgrade(path)) {
            steps.accept("Upgrading the portfolio for this version of Envelope (once; a large one takes a minute)…");
        }
        Store store = H2Store.open(path);
        try {
            if (store.isEmpty()) {
                steps.accept("Creating the demo portfolio…");
                new DemoLoader(store).load();
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The column mappings saved in the portfolio's database (used by the app and the import command alike). */
    public static MappingStore mappings(Store store) {
        return new StoredMappings(store.columnMappings());
    }

    /** What the Actuals screen works with: the billing reader, the saved mappings and the store. */
    public static ActualsService actuals(Store store) {
        return new ActualsService(store, new BillingFileReader(), mappings(store));
    }
}
