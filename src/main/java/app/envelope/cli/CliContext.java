package app.envelope.cli;

import app.envelope.store.DbLocation;
import app.envelope.store.Store;
import app.envelope.store.StoreFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** What commands need from outside: how to open a store, the environment and the output streams. */
public record CliContext(StoreFactory stores, Map<String, String> environment, PrintStream out, PrintStream err) {

    public Path dbPath(Args args) {
        return DbLocation.resolve(args.get("db"), environment);
    }

    public Store open(Args args) {
        return stores.open(dbPath(args));
    }
}
