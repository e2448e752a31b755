package app.envelope;

import app.envelope.cli.Args;
import app.envelope.cli.Cli;
import app.envelope.cli.CliContext;
import app.envelope.cli.Command;
import app.envelope.cli.SyntheticPortfolio;
import app.envelope.cli.UsageException;
import app.envelope.store.Store;
import app.envelope.ui.FxBackgroundTasks;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.grid.PlanField;
import app.envelope.ui.shell.MainWindow;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * {@code bench-ui [--lines 2000] [--edits 30]}: the real main window, headless at 1920x1080, on a new
 * database whose open sprint has N plan lines. It measures how long the board takes to open, and for
 * each edit of a value Y and each selection of a line how long the FX thread is busy: the view
 * model's work plus the CSS and layout pass that shows it (drawing is not included: headless software
 * rendering says nothing about a real graphics card). Storing runs in the background and is timed apart.
 */
final class WindowBench implements Command {
    private static final int[] SIZE = {1920, 1080};
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "bench-ui";
    }

    @Override
    public String usage() {
        return "bench-ui [--lines 2000] [--edits 30]";
    }

    @Override
    public String summary() {
        return "measure the board window with many plan lines, headless: opening, and the FX thread's time per edit and per selection";
    }

    @Override
    public int run(List<String> raw, CliContext ctx) {
        Args args = Args.parse(raw, Set.of("lines", "edits"), Set.of());
        int lines = positive(args, "lines", 2000);
        int edits = positive(args, "edits", 30);
        ScreenshotCommand.headless(SIZE);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("envelope-bench-ui");
            try (Store store = ctx.stores().open(dir.resolve("bench")); FxBackgroundTasks tasks = new FxBackgroundTasks()) {
                SyntheticPortfolio.generate(store, lines, 1, 0, new Random(42));
                CompletableFuture<String> report = new CompletableFuture<>();
                Platform.startup(() -> new Session(store, tasks, lines, edits, report).open());
                ctx.out().print(report.get(10, TimeUnit.MINUTES));
                return Cli.OK;
            }
        } catch (Exception e) {
            ctx.err().println("error: benchmark failed: " + e.getMessage());
            return Cli.FAILED;
        } finally {
            Platform.exit();
            delete(dir);
        }
    }

    /** One window, driven step by step on the FX thread; each step is timed to the end of the layout pass it causes. */
    private static final class Session {
        private final Store store;
        private final FxBackgroundTasks tasks;
        private final int lines;
        private final int edits;
        private final CompletableFuture<String> report;
        private final Random rnd = new Random(7);
        private final List<Double> editMs = new ArrayList<>();
        private final List<Double> storedMs = new ArrayList<>();
        private final List<Double> selectMs = new ArrayList<>();
        private final List<Double> editCpu = new ArrayList<>();
        private final List<Double> selectCpu = new ArrayList<>();
        private MainWindow window;
        private Scene scene;
        private double openSeconds;

        Session(Store store, FxBackgroundTasks tasks, int lines, int edits, CompletableFuture<String> report) {
            this.store = store;
            this.tasks = tasks;
            this.lines = lines;
            this.edits = edits;
            this.report = report;
        }

        void open() {
            try {
                long t0 = System.nanoTime();
                window = new MainWindow(store, tasks, Composition.actuals(store));
                window.showScreen("board");
                Stage stage = new Stage();
                scene = window.scene(SIZE[0], SIZE[1]);
                stage.setScene(scene);
                stage.show();
                whenIdle(() -> window.board().rows().size() == lines, () -> {
                    openSeconds = (System.nanoTime() - t0) / 1e9;
                    step(0);
                });
            } catch (RuntimeException e) {
                report.completeExceptionally(e);
            }
        }

        /** Steps 0..edits-1 edit a value Y; the next ones select a line; then the report. */
        private void step(int i) {
            if (i < edits) {
                BoardRow row = randomRow();
                String value = row.line().value().add(BigDecimal.valueOf(1_000)).toPlainString();
                long t0 = System.nanoTime();
                timed(() -> {
                    String refused = window.board().edit(row.line().id(), PlanField.VALUE, value);
                    if (refused != null) {
                        throw new IllegalStateException("the edit was refused: " + refused);
                    }
                }, ms -> {
                    editMs.add(ms[0]);
                    editCpu.add(ms[1]);
                    whenIdle(() -> true, () -> {
                        storedMs.add((System.nanoTime() - t0) / 1e6);
                        step(i + 1);
                    });
                });
            } else if (i < 2 * edits) {
                BoardRow row = randomRow();
                timed(() -> window.board().selectedRowProperty().set(row), ms -> {
                    selectMs.add(ms[0]);
                    selectCpu.add(ms[1]);
                    Platform.runLater(() -> step(i + 1));
                });
            } else {
                report.complete(text());
            }
        }

        private BoardRow randomRow() {
            List<BoardRow> rows = window.board().rows();
            return rows.get(rnd.nextInt(rows.size()));
        }

        /**
         * Runs {@code action} and reports the FX thread's busy time: the action itself plus the CSS and
         * layout pass of the next pulse (not the wait for that pulse, nor the drawing after it), as wall
         * milliseconds and as the FX thread's CPU milliseconds (which other processes on a busy machine
         * do not inflate).
         */
        private void timed(Runnable action, Consumer<double[]> then) {
            try {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                action.run();
                long actionNanos = System.nanoTime() - t0;
                long actionCpu = CPU.getCurrentThreadCpuTime() - c0;
                long[] layoutStart = new long[2];
                Runnable[] listeners = new Runnable[2];
                listeners[0] = () -> {
                    layoutStart[0] = System.nanoTime();
                    layoutStart[1] = CPU.getCurrentThreadCpuTime();
                };
                listeners[1] = () -> {
                    long layoutNanos = System.nanoTime() - layoutStart[0];
                    long layoutCpu = CPU.getCurrentThreadCpuTime() - layoutStart[1];
                    scene.removePreLayoutPulseListener(listeners[0]);
                    scene.removePostLayoutPulseListener(listeners[1]);
                    Platform.runLater(() -> then.accept(new double[] {(actionNanos + layoutNanos) / 1e6,
                            (actionCpu + layoutCpu) / 1e6}));
                };
                scene.addPreLayoutPulseListener(listeners[0]);
                scene.addPostLayoutPulseListener(listeners[1]);
                Platform.requestNextPulse();
            } catch (RuntimeException e) {
                report.completeExceptionally(e);
            }
        }

        /** Polls every 20 ms until the background tasks are idle and {@code ready} holds. */
        private void whenIdle(BooleanSupplier ready, Runnable then) {
            Timeline poll = new Timeline();
            poll.getKeyFrames().add(new KeyFrame(Duration.millis(20), e -> {
                if (tasks.idle() && ready.getAsBoolean()) {
                    poll.stop();
                    then.run();
                }
            }));
            poll.setCycleCount(Timeline.INDEFINITE);
            poll.play();
        }

        private String text() {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return String.format(Locale.ROOT, "board window, %d plan lines in the open sprint, %dx%d headless (JDK %s, load average %.1f)%n"
                            + "opened with every line in the grid and the chart: %.2f s%n"
                            + "edit a value Y (recompute, totals, fund line, best set, chart, grid), over %d edits:%n"
                            + "  FX thread CPU %s%n  wall          %s%n"
                            + "  stored in the background (the undoable edit in one transaction), wall %s%n"
                            + "select a line (grid scrolls to it, chart highlight, balance panel), over %d selections:%n"
                            + "  FX thread CPU %s%n  wall          %s%n"
                            + "FX thread = the view model's work plus the CSS and layout pass that shows it; drawing is not"
                            + " included. Goal: under 100 ms, so the window never feels stuck. Wall time grows with the"
                            + " machine's load; CPU time is the work itself.%n",
                    lines, SIZE[0], SIZE[1], Runtime.version().feature(), load, openSeconds, editMs.size(),
                    stats(editCpu), stats(editMs), stats(storedMs), selectMs.size(), stats(selectCpu), stats(selectMs));
        }

        private static String stats(List<Double> ms) {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double p90 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.9) - 1)];
            return String.format(Locale.ROOT, "median %.1f ms, p90 %.1f ms, max %.1f ms ",
                    sorted[sorted.length / 2], p90, Arrays.stream(sorted).max().orElse(0));
        }
    }

    private static int positive(Args args, String name, int fallback) {
        int n = args.integer(name, fallback);
        if (n < 1) {
            throw new UsageException("--" + name + " should be a whole number of at least 1, not \"" + n + "\"");
        }
        return n;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the operating system cleans it up
        }
    }
}
