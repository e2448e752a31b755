package app.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.DbLocation;
import app.envelope.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the app's splash is told while the portfolio opens. */
class CompositionTest {
    @TempDir
    Path dir;

    @Test
    void aNewPortfolioIsCreatedWithTheDemoAndSaysSo() {
        List<String> steps = new ArrayList<>();
        try (Store store = Composition.openForApp(dir.resolve("new").toString(), Map.of(), steps::add)) {
            assertFalse(store.isEmpty());
        }
        assertEquals(List.of("Creating the demo portfolio…"), steps);
        steps.clear();
        try (Store store = Composition.openForApp(dir.resolve("new").toString(), Map.of(), steps::add)) {
            assertFalse(store.isEmpty());
        }
        assertEquals(List.of(), steps, "opened again: nothing to say beyond opening");
    }

    @Test
    void aPortfolioOfAnEarlierVersionIsUpgradedAndSaysSo() {
        Path db = DbLocation.normalise(dir.resolve("old"));
        Flyway.configure().dataSource("jdbc:h2:file:" + db, "sa", "").locations("classpath:db/migration").target("6").load()
                .migrate();
        List<String> steps = new ArrayList<>();
        try (Store store = Composition.openForApp(db.toString(), Map.of(), steps::add)) {
            assertFalse(store.isEmpty());
        }
        assertTrue(steps.get(0).startsWith("Upgrading the portfolio for this version of Envelope"), steps.toString());
        assertEquals("Creating the demo portfolio…", steps.get(1), "it was empty, so the demo follows");
    }
}
