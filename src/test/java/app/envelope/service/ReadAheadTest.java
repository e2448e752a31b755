package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final String THREAD = "read-ahead-test";

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(THREAD) && t.isAlive());
    }

    @Test
    void everyItemReachesTheStoreInOrderAndTheReadingsResultIsReturned() throws Exception {
        int n = ReadAhead.CHUNK * 5 + 17;
        List<Integer> stored = new ArrayList<>();
        AtomicReference<Thread> readingThread = new AtomicReference<>();
        String result = new ReadAhead<Integer>().run(THREAD, sink -> {
            readingThread.set(Thread.currentThread());
            for (int i = 0; i < n; i++) sink.accept(i);
            return "read " + n;
        }, stored::add);
        assertEquals("read " + n, result);
        assertEquals(n, stored.size());
        for (int i = 0; i < n; i++) assertEquals(i, stored.get(i));
        assertFalse(readingThread.get() == Thread.currentThread(), "the reading ran on its own thread");
        assertFalse(readerAlive());
    }

    @Test
    void anEmptyReadingStoresNothing() throws Exception {
        List<Integer> stored = new ArrayList<>();
        assertEquals(0, (int) new ReadAhead<Integer>().run(THREAD, sink -> 0, stored::add));
        assertTrue(stored.isEmpty());
    }

    @Test
    void theReaderNeverRunsMoreThanTheQueueAhead() throws Exception {
        AtomicLong produced = new AtomicLong();
        long[] maxAhead = {0};
        long[] consumed = {0};
        new ReadAhead<Integer>().run(THREAD, sink -> {
            for (int i = 0; i < 100 * ReadAhead.CHUNK; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
            return null;
        }, item -> {
            consumed[0]++;
            maxAhead[0] = Math.max(maxAhead[0], produced.get() - consumed[0]);
            if (consumed[0] % ReadAhead.CHUNK == 0) sleepQuietly(1);
        });
        // the queue's chunks, the chunk being filled and the one being stored
        assertTrue(maxAhead[0] <= (long) (ReadAhead.CHUNKS + 2) * ReadAhead.CHUNK, "ahead by " + maxAhead[0]);
    }

    @Test
    void aFailureWhileReadingIsRethrownOnTheCallingThreadAfterTheLinesBeforeIt() {
        List<Integer> stored = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("row 3000: bad bytes");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ReadAhead<Integer>().run(THREAD,
                sink -> {
                    for (int i = 0; i < 3000; i++) sink.accept(i);
                    throw boom;
                }, stored::add));
        assertSame(boom, e);
        assertFalse(readerAlive());
    }

    @Test
    void aFailureWhileStoringStopsTheReaderAtOnce() {
        AtomicLong produced = new AtomicLong();
        RuntimeException storeFailure = new RuntimeException("value too long");
        RuntimeException e = assertThrows(RuntimeException.class, () -> new ReadAhead<Integer>().run(THREAD, sink -> {
            for (int i = 0; i < 10_000_000; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
            return null;
        }, item -> {
            if (item == 2 * ReadAhead.CHUNK) throw storeFailure;
        }));
        assertSame(storeFailure, e);
        assertFalse(readerAlive(), "the reading thread has ended when run returns");
        assertTrue(produced.get() < 20L * ReadAhead.CHUNK, "the reader stopped early, after " + produced.get());
    }

    @Test
    void aStoppedReaderSeesItAtItsNextCheckEvenWithoutHandingOverLines() {
        ReadAhead<Integer> ahead = new ReadAhead<>();
        AtomicBoolean sawStop = new AtomicBoolean();
        Thread caller = Thread.currentThread();
        assertThrows(ReadAhead.Interrupted.class, () -> ahead.run(THREAD, sink -> {
            // a file whose rows are all rejected: nothing is handed over, only the cancel check runs
            caller.interrupt();
            while (!ahead.stopped()) {
                sleepQuietly(1);
            }
            sawStop.set(true);
            return null;
        }, item -> { }));
        assertFalse(Thread.interrupted(), "the interrupt was consumed by run; the caller restores it");
        assertFalse(readerAlive());
        assertTrue(sawStop.get(), "the reading ended because it saw the stop");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
