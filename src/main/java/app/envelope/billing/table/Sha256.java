package app.envelope.billing.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SHA-256 of a whole file, streamed, as lower-case hex: the same digest {@link TableReader#sha256()}
 * gives for the bytes it read, so the two can be compared.
 */
public final class Sha256 {
    private Sha256() {
    }

    public static String of(Path file) throws IOException {
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            return in.finish();
        }
    }
}
