package app.envelope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads by name, JVM threads included (garbage collector, JIT
 * compilers), read from {@code /proc/self/task} on Linux; empty elsewhere. For the benchmarks: on
 * a two-core machine the import's wall time is bounded by all of its threads, not only its own.
 */
final class ThreadCpu {
    private static final Path TASKS = Path.of("/proc/self/task");

    private ThreadCpu() {
    }

    /** Nanoseconds of CPU per thread group ("GC Thread#0" and "GC Thread#1" are one group, "GC Thread"). */
    static Map<String, Long> byName() {
        Map<String, Long> out = new TreeMap<>();
        if (!Files.isDirectory(TASKS)) return out;
        long hz = 100; // USER_HZ: clock ticks per second on Linux
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                    out.merge(group(name), ticks * 1_000_000_000L / hz, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /** CPU used since {@code before}, per group, largest first; threads that ended in between are not counted. */
    static Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> now = byName();
        Map<String, Long> diff = new TreeMap<>();
        now.forEach((k, v) -> diff.put(k, v - before.getOrDefault(k, 0L)));
        Map<String, Long> sorted = new LinkedHashMap<>();
        diff.entrySet().stream().filter(e -> e.getValue() >= 50_000_000L)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static String describe(Map<String, Long> cpu) {
        StringBuilder b = new StringBuilder();
        cpu.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(String.format("%.1f s", v / 1e9)));
        return b.toString();
    }

    private static String group(String name) {
        String n = name.replaceAll("[#\\-]?\\d+$", "").trim();
        return n.isEmpty() ? name : n;
    }
}
