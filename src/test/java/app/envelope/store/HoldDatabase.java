package app.envelope.store;

import app.envelope.store.jooq.H2Store;
import java.nio.file.Path;

/** Run in a second JVM by {@link OpenChecksTest}: opens a database and keeps it open until killed. */
public final class HoldDatabase {
    private HoldDatabase() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = H2Store.open(Path.of(args[0]));
        System.out.println("ready " + store.path());
        System.out.flush();
        Thread.sleep(120_000);
        store.close();
    }
}
