package app.envelope.billing.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** SHA-256 of a whole file, streamed. */
final class Sha256 {
    private Sha256() {
    }

    static String of(Path file) throws IOException {
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            return in.finish();
        }
    }
}
