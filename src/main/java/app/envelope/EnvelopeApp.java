package app.envelope;

import app.envelope.store.Store;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application: opens the database off the UI thread, then shows the main window. */
public final class EnvelopeApp extends Application {
    /** The window icons in {@code /icons/envelope-N.png} (drawn by packaging/icon); the window manager picks one. */
    static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private Store store;
    private FxBackgroundTasks tasks;

    public static void main(String[] args) {
        launch(EnvelopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        String db = dbArgument(getParameters().getRaw());
        Label step = new Label("Opening the portfolio…");
        step.setWrapText(true);
        VBox splash = new VBox(16, new ProgressIndicator(), step);
        splash.getStyleClass().add("splash");
        Scene splashScene = new Scene(splash, 420, 200);
        splashScene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        stage.setTitle("Envelope");
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(EnvelopeApp.class.getResource("/icons/envelope-" + size + ".png").toExternalForm()));
        }
        stage.setScene(splashScene);
        stage.show();

        Task<Store> open = new Task<>() {
            @Override
            protected Store call() {
                return Composition.openForApp(db, System.getenv(), this::updateMessage);
            }
        };
        open.messageProperty().addListener((o, before, now) -> {
            if (now != null && !now.isEmpty()) {
                step.setText(now); // what opening is doing: upgrading an older portfolio, or creating the demo
            }
        });
        open.setOnSucceeded(e -> {
            store = open.getValue();
            tasks = new FxBackgroundTasks();
            MainWindow window = new MainWindow(store, tasks, Composition.actuals(store));
            // The board needs the width of a 1920 screen: open on the whole visible screen, never larger.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(window.scene(Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight())));
            stage.setTitle("Envelope — " + store.path());
            stage.centerOnScreen();
            stage.setMaximized(screen.getWidth() <= 1920);
        });
        open.setOnFailed(e -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, open.getException().getMessage());
            alert.setHeaderText("Envelope cannot open its database");
            alert.showAndWait();
            Platform.exit();
        });
        Thread t = new Thread(open, "envelope-open");
        t.setDaemon(true);
        t.start();
    }

    static String dbArgument(List<String> raw) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--db") && i + 1 < raw.size()) {
                return raw.get(i + 1);
            }
            if (a.startsWith("--db=")) {
                return a.substring(5);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
