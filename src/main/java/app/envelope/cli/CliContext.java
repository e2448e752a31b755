package app.envelope.cli;

import app.envelope.billing.mapping.MappingStore;
import app.envelope.service.StoredMappings;
import app.envelope.store.DbLocation;
import app.envelope.store.Store;
import app.envelope.store.StoreFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * What commands need from outside: how to open a store, the saved column mappings of an open
 * store, the environment and the output streams.
 */
public record CliContext(StoreFactory stores, Map<String, String> environment, PrintStream out, PrintStream err,
                         Function<Store, MappingStore> mappings) {

    /** With the column mappings saved in the database (the same ones the app saves). */
    public CliContext(StoreFactory stores, Map<String, String> environment, PrintStream out, PrintStream err) {
        this(stores, environment, out, err, store -> new StoredMappings(store.columnMappings()));
    }

    public Path dbPath(Args args) {
        return DbLocation.resolve(args.get("db"), environment);
    }

    public Store open(Args args) {
        return stores.open(dbPath(args));
    }
}
