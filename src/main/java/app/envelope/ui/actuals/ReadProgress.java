package app.envelope.ui.actuals;

import app.envelope.billing.ImportProgress;
import app.envelope.ui.BackgroundTasks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** How far a file's read (a scan or an import) is: the share of its bytes, and rows read with rows per second. */
public final class ReadProgress {
    private final BackgroundTasks tasks;
    private final LongSupplier nanoClock;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty text = new SimpleStringProperty("");

    ReadProgress(BackgroundTasks tasks, LongSupplier nanoClock) {
        this.tasks = tasks;
        this.nanoClock = nanoClock;
    }

    /** The size is not known yet; {@code what} is said instead of the rows ("Starting…"). */
    void start(String what) {
        progress.set(-1);
        text.set(what);
    }

    /** Reports rows read and rows per second on the UI thread, at most one pending update at a time. */
    ImportProgress reporter(long started) {
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong total = new AtomicLong(-1);
        AtomicBoolean pending = new AtomicBoolean();
        return (rowsRead, bytesRead, totalBytes) -> {
            rows.set(rowsRead);
            bytes.set(bytesRead);
            total.set(totalBytes);
            long nanos = Math.max(1, nanoClock.getAsLong() - started);
            if (pending.compareAndSet(false, true)) {
                tasks.publish(() -> {
                    pending.set(false);
                    long r = rows.get();
                    long t = total.get();
                    progress.set(t > 0 ? Math.min(1.0, bytes.get() / (double) t) : -1);
                    text.set(Figures.rows(r) + " read · " + Figures.count(perSecond(r, nanos)) + " rows/s");
                });
            }
        };
    }

    static long perSecond(long rows, long nanos) {
        return nanos <= 0 ? 0 : rows * 1_000_000_000L / nanos;
    }

    /** {@code 1.25}: nanoseconds as seconds to the hundredth. */
    static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(9).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** 0..1, or -1 while the size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty textProperty() {
        return text;
    }
}
