package app.envelope.store;

import app.envelope.store.demo.DemoPortfolio;
import app.envelope.store.jooq.H2Store;
import java.nio.file.Path;

/** Test helpers: real H2 files in a temporary folder. */
public final class TestStores {
    private TestStores() {
    }

    public static Store open(Path dir, String name) {
        return H2Store.open(dir.resolve(name));
    }

    public static Store demo(Path dir) {
        Store s = open(dir, "demo");
        DemoPortfolio.fromClasspath().loadInto(s);
        return s;
    }
}
