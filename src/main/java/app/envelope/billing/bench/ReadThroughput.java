package app.envelope.billing.bench;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ReadResult;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.mapping.InMemoryMappingStore;
import java.nio.file.Path;

/**
 * Reads a billing file a few times and prints rows per second (read + detect + map + hash, no
 * storage): {@code java -Xmx512m -cp ... app.envelope.billing.bench.ReadThroughput file.csv [runs]}.
 */
public final class ReadThroughput {
    private ReadThroughput() {
    }

    public static void main(String[] args) throws UnreadableFileException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        BillingFileReader reader = new BillingFileReader();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long[] sink = {0};
            ReadResult r = reader.read(file, new InMemoryMappingStore(), line -> sink[0]++, (rows, b, t) -> { }, () -> false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("run %d: %d rows (%d imported, %d rejected) in %.2f s = %.0f rows/s; effective %s%n",
                    i + 1, r.rowsRead(), r.rowsImported(), r.rejectedCount(), seconds, r.rowsRead() / seconds,
                    r.effectiveTotal().toPlainString());
        }
    }
}
