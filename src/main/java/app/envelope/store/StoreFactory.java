package app.envelope.store;

import java.nio.file.Path;

/** Opens a database; the composition root passes the H2 implementation. */
@FunctionalInterface
public interface StoreFactory {
    Store open(Path path);
}
