package app.envelope.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered themes, without a toolkit, on a real H2 file. */
class AppearanceTest {
    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.open(dir, "appearance");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Appearance loaded() {
        Appearance a = new Appearance(store, BackgroundTasks.IMMEDIATE);
        a.load();
        return a;
    }

    @Test
    void startsLightAndThePresenterFollowsTheWindowUntilChosen() {
        Appearance a = loaded();
        assertEquals(Theme.LIGHT, a.windowThemeProperty().get());
        assertEquals(Theme.LIGHT, a.presenterThemeProperty().get());
        a.chooseWindowTheme(Theme.DARK);
        assertEquals(Theme.DARK, a.presenterThemeProperty().get(), "the presenter follows the window");
        a.choosePresenterTheme(Theme.HIGH_CONTRAST);
        a.chooseWindowTheme(Theme.LIGHT);
        assertEquals(Theme.HIGH_CONTRAST, a.presenterThemeProperty().get(), "until it has its own");
    }

    @Test
    void choicesAreRememberedInTheSettings() {
        Appearance a = loaded();
        a.chooseWindowTheme(Theme.DARK);
        a.choosePresenterTheme(Theme.HIGH_CONTRAST);
        assertEquals(Optional.of("dark"), store.settings().get(Appearance.WINDOW_KEY));
        assertEquals(Optional.of("high-contrast"), store.settings().get(Appearance.PRESENTER_KEY));
        Appearance again = loaded();
        assertEquals(Theme.DARK, again.windowThemeProperty().get());
        assertEquals(Theme.HIGH_CONTRAST, again.presenterThemeProperty().get());
    }

    @Test
    void aPreviewIsShownButNotRemembered() {
        Appearance a = loaded();
        a.preview(Theme.HIGH_CONTRAST);
        assertEquals(Theme.HIGH_CONTRAST, a.windowThemeProperty().get());
        assertEquals(Theme.HIGH_CONTRAST, a.presenterThemeProperty().get());
        assertTrue(store.settings().get(Appearance.WINDOW_KEY).isEmpty());
    }

    @Test
    void anUnknownStoredThemeFallsBackToLight() {
        store.settings().put(Appearance.WINDOW_KEY, "sepia");
        assertEquals(Theme.LIGHT, loaded().windowThemeProperty().get());
    }

    @Test
    void themeNamesParseAsOnTheCommandLine() {
        assertEquals(Theme.HIGH_CONTRAST, Theme.parse("high-contrast"));
        assertEquals(Theme.HIGH_CONTRAST, Theme.parse("High contrast"));
        assertEquals(Theme.DARK, Theme.parse(" DARK "));
        assertEquals(Theme.LIGHT, Theme.DARK.next().next());
        assertThrows(IllegalArgumentException.class, () -> Theme.parse("neon"));
    }
}
