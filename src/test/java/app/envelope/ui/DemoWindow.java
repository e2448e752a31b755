package app.envelope.ui;

import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.store.jooq.H2Store;
import app.envelope.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The TestFX fixture of the screens: the real main window on a new demo database (a real H2 file
 * in a temporary folder), with the app's own background tasks; {@link #restart()} closes all and
 * opens the same file again, as a user quitting and starting the app would. Plus the waits and
 * look-ups the screen tests share.
 */
public final class DemoWindow {
    /** How long a test waits for the screen to show what it expects. */
    public static final int WAIT_SECONDS = 10;

    private final Stage stage;
    private final int width;
    private final int height;
    private Store store;
    private FxBackgroundTasks tasks;

    private DemoWindow(Stage stage, String name, int width, int height) throws IOException {
        this.stage = stage;
        this.width = width;
        this.height = height;
        this.store = TestStores.demo(Files.createTempDirectory("envelope-" + name));
    }

    /** The demo database only; {@link #show()} opens the window (for tests that add data first). */
    public static DemoWindow prepare(Stage stage, String name, int width, int height) throws IOException {
        return new DemoWindow(stage, name, width, height);
    }

    /** The main window on a new demo database in a folder named after {@code name}. */
    public static DemoWindow open(Stage stage, String name, int width, int height) throws IOException {
        DemoWindow w = prepare(stage, name, width, height);
        w.show();
        return w;
    }

    /** Builds the main window on the store with new background tasks and shows it on the stage. */
    public void show() {
        tasks = new FxBackgroundTasks();
        stage.setScene(new MainWindow(store, tasks).scene(width, height));
        stage.show();
    }

    /** Closes the window, the tasks and the database, then opens the same file again in a new window. */
    public void restart(FxRobot robot) {
        Path file = store.path();
        robot.interact(stage::hide);
        tasks.close();
        store.close();
        store = H2Store.open(file);
        robot.interact(this::show);
    }

    /** For {@code @AfterEach}. */
    public void close() {
        tasks.close();
        store.close();
    }

    public Store store() {
        return store;
    }

    public FxBackgroundTasks tasks() {
        return tasks;
    }

    public Stage stage() {
        return stage;
    }

    // Waits and look-ups //

    /** Waits until {@code condition} holds (at most {@link #WAIT_SECONDS}), then for pending FX events. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        waitUntil(WAIT_SECONDS, condition);
    }

    public static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label with this CSS id ({@code "#totalCost"}). */
    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * The grid cell of column {@code columnId} in the row of {@code epic}, among the cells on screen.
     *
     * @param rowType the grid's row type
     * @param epicOf  the epic key of a row
     */
    @SuppressWarnings("unchecked")
    public static <R> TableCell<R, R> cell(FxRobot robot, Class<R> rowType, Function<R, String> epicOf, String epic,
                                           String columnId) {
        return robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> (TableCell<R, R>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && rowType.isInstance(c.getTableRow().getItem())
                        && epic.equals(epicOf.apply(rowType.cast(c.getTableRow().getItem()))))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + epic + " " + columnId));
    }
}
