package app.envelope.service;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the reading of a file (parse, validate, map, attribute) on a second thread and hands its
 * lines, in chunks over a small bounded queue, to the calling thread, which stores them in its own
 * transaction (the store's transactions are bound to the calling thread). On two cores reading and
 * storing overlap; the queue bounds what is in flight to {@code CHUNKS x CHUNK} lines whatever the
 * size of the file. A failure on either side stops both and is rethrown on the calling thread, so
 * that its transaction rolls back; the reading thread has ended when {@link #run} returns or throws.
 *
 * @param <T> what is read and stored
 */
final class ReadAhead<T> {
    static final int CHUNK = 1024;
    static final int CHUNKS = 8;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private volatile boolean stopped;
    private Object[] chunk = new Object[CHUNK];
    private int filled;
    private long readNanos;
    private long readCpuNanos;
    private long storeNanos;
    private long waitNanos;
    private long stored;

    /** The calling thread was interrupted while it waited for lines; the reading was stopped. */
    static final class Interrupted extends Exception {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    /**
     * Times of one run, in nanoseconds: the reading thread from start to end of file, and the CPU it
     * used; the store's work; the store waiting for lines.
     */
    record Times(long reading, long readingCpu, long storing, long waiting) {
    }

    private record Chunk(Object[] items, int size) {
    }

    private record Done(Object result) {
    }

    private record Failed(Throwable error) {
    }

    /** Thrown inside the reading thread to unwind it once the calling thread has stopped. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stopped", null, false, false);
        }
    }

    /** True once the calling thread has stopped taking lines: the reading should end at its next check. */
    boolean stopped() {
        return stopped;
    }

    /** How many items the calling thread has stored so far. */
    long stored() {
        return stored;
    }

    Times times() {
        return new Times(readNanos, readCpuNanos, storeNanos, waitNanos);
    }

    /**
     * Runs {@code reading} on a new thread named {@code threadName}, giving it a sink whose lines
     * reach {@code store} on this thread, in order; returns what {@code reading} returns.
     */
    @SuppressWarnings("unchecked")
    <R> R run(String threadName, Function<Consumer<T>, R> reading, Consumer<T> store) throws Interrupted {
        Thread reader = new Thread(() -> read(reading), threadName);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                long w0 = System.nanoTime();
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    throw new Interrupted();
                }
                long w1 = System.nanoTime();
                waitNanos += w1 - w0;
                if (item instanceof Chunk c) {
                    Object[] items = c.items();
                    for (int i = 0, n = c.size(); i < n; i++) {
                        store.accept((T) items[i]);
                    }
                    stored += c.size();
                    storeNanos += System.nanoTime() - w1;
                } else if (item instanceof Done d) {
                    return (R) d.result();
                } else {
                    Throwable e = ((Failed) item).error();
                    if (e instanceof RuntimeException r) throw r;
                    if (e instanceof Error err) throw err;
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            stopped = true;
            queue.clear();
            joinUninterruptibly(reader);
        }
    }

    private <R> void read(Function<Consumer<T>, R> reading) {
        long t0 = System.nanoTime();
        try {
            R result = reading.apply(this::add);
            if (filled > 0) hand(new Chunk(chunk, filled));
            readNanos = System.nanoTime() - t0;
            readCpuNanos = Math.max(0, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            hand(new Done(result));
        } catch (Stop s) {
            // The calling thread has stopped (it failed or was interrupted); it reports why.
        } catch (Throwable e) {
            readNanos = System.nanoTime() - t0;
            try {
                hand(new Failed(e));
            } catch (Stop s) {
                // as above
            }
        }
    }

    private void add(T item) {
        chunk[filled++] = item;
        if (filled == CHUNK) {
            Object[] full = chunk;
            chunk = new Object[CHUNK];
            filled = 0;
            hand(new Chunk(full, CHUNK));
        }
    }

    /** Puts an item on the queue, waiting while it is full; gives up once the calling thread has stopped. */
    private void hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stop();
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
