package app.envelope.service;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.store.Store;
import app.envelope.store.StoreException;
import app.envelope.store.demo.DemoPortfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the demo in an empty database: the portfolio of {@code sample-data/demo/portfolio.json}
 * (with the actual hours and outcomes of its closed sprints), its attribution rules, then its
 * vendor billing files
 * ({@code sample-data/billing/} and the earlier sprints' files in {@code sample-data/demo/history/}),
 * each imported like a user's file, one batch per file. The files are resources in the jar, so each
 * is copied to a temporary file first (the import reads a path) and the copy deleted after.
 */
public final class DemoLoader {
    private final Store store;

    public DemoLoader(Store store) {
        this.store = store;
    }

    /** Loads the whole demo; the store must be empty. Returns one import report per billing file. */
    public List<ImportReport> load() {
        DemoPortfolio demo = DemoPortfolio.fromClasspath();
        demo.loadInto(store);
        store.billing().replaceRules(demo.attributionRules());
        ImportService imports = new ImportService(store, new BillingFileReader(), new InMemoryMappingStore());
        List<ImportReport> reports = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("envelope-demo-billing");
            for (String resource : demo.billingFiles()) {
                Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
                try (InputStream in = DemoLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new StoreException("The demo billing file " + resource + " is missing from this build.");
                    }
                    Files.copy(in, file);
                }
                try {
                    reports.add(imports.importFile(file, ImportProgress.NONE, () -> false));
                } catch (UnreadableFileException e) {
                    throw new StoreException("The demo billing file " + resource + " cannot be imported: " + e.getMessage(), e);
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the demo billing files to a temporary folder", e);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // a leftover empty temporary folder is harmless
                }
            }
        }
        return reports;
    }
}
