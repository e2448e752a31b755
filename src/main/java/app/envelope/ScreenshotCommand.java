package app.envelope;

import app.envelope.cli.Args;
import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.cli.Command;
import app.envelope.cli.UsageException;
import app.envelope.store.Store;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.shell.MainWindow;
import app.envelope.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * {@code screenshot --db PATH --screen NAME --size 1920x1080 --out FILE.png}: renders one screen
 * headless (Monocle, software rendering) once its data has loaded, and writes a PNG.
 */
final class ScreenshotCommand implements Command {
    @Override
    public String name() {
        return "screenshot";
    }

    @Override
    public String usage() {
        return "screenshot --db PATH --screen NAME [--size WxH] [--theme light|dark|high-contrast] --out FILE.png";
    }

    @Override
    public String summary() {
        return "render a screen headless to a PNG (screens: " + String.join(", ", MainWindow.SCREENS) + ")";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("db", "screen", "size", "out", "theme"), Set.of());
        String screen = require(args, "screen").toLowerCase();
        if (!MainWindow.SCREENS.contains(screen)) {
            throw new UsageException("unknown screen \"" + screen + "\" (screens: " + String.join(", ", MainWindow.SCREENS) + ")");
        }
        int[] size = size(args.get("size") == null ? "1920x1080" : args.get("size"));
        Theme theme = theme(args.get("theme"));
        Path out = Path.of(require(args, "out")).toAbsolutePath();
        headless(size);
        try (Store store = ctx.open(args); FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.startup(() -> render(store, tasks, screen, theme, size, out, done));
            done.get(60, TimeUnit.SECONDS);
            ctx.out().println("Wrote " + out + " (" + size[0] + "x" + size[1] + ", screen " + screen
                    + (theme == null ? "" : ", theme " + theme.id()) + ")");
            return Cli.OK;
        } catch (Exception e) {
            ctx.err().println("error: cannot render " + screen + ": " + e.getMessage());
            return Cli.FAILED;
        } finally {
            Platform.exit();
        }
    }

    private static void render(Store store, FxBackgroundTasks tasks, String screen, Theme theme, int[] size, Path out,
                               CompletableFuture<Void> done) {
        try {
            MainWindow window = new MainWindow(store, tasks, Composition.actuals(store));
            if (theme != null) {
                window.previewTheme(theme);
            }
            window.showScreen(screen);
            Stage stage = new Stage();
            Scene scene = window.scene(size[0], size[1]);
            stage.setScene(scene);
            stage.show();
            int[] idleTicks = {0};
            Timeline wait = new Timeline();
            wait.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
                idleTicks[0] = tasks.idle() ? idleTicks[0] + 1 : 0;
                if (idleTicks[0] >= 5) {
                    wait.stop();
                    write(scene, out, done);
                }
            }));
            wait.setCycleCount(Timeline.INDEFINITE);
            wait.play();
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private static void write(Scene scene, Path out, CompletableFuture<Void> done) {
        try {
            WritableImage img = scene.snapshot(null);
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
            done.complete(null);
        } catch (IOException | RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    static void headless(int[] size) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.lcdtext", "false");
        System.setProperty("headless.geometry", size[0] + "x" + size[1] + "-32");
        System.setProperty("java.awt.headless", "true");
    }

    /** The --theme option (not remembered in the portfolio's settings); null keeps the remembered theme. */
    private static Theme theme(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Theme.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--theme \"" + text + "\" should be light, dark or high-contrast");
        }
    }

    private static String require(Args args, String name) {
        String v = args.get(name);
        if (v == null) {
            throw new UsageException("screenshot needs --" + name);
        }
        return v;
    }

    private static int[] size(String text) {
        String[] p = text.toLowerCase().split("x");
        try {
            int[] s = {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
            if (p.length != 2 || s[0] < 320 || s[1] < 240 || s[0] > 7680 || s[1] > 4320) {
                throw new NumberFormatException();
            }
            return s;
        } catch (RuntimeException e) {
            throw new UsageException("--size \"" + text + "\" should look like 1920x1080");
        }
    }
}
