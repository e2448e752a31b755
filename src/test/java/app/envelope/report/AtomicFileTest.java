package app.envelope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.xlsx");
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("out.xlsx"), files());
    }

    @Test
    void aFailureHalfWayLeavesTheEarlierFileUntouchedAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.xlsx");
        Files.writeString(target, "earlier");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of("out.xlsx"), files());
    }

    @Test
    void aCancelLeavesNoFileAtAll() throws Exception {
        Path target = dir.resolve("out.xlsx");
        assertThrows(ExportCancelledException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new ExportCancelledException();
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingFolderIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.write(dir.resolve("nope/out.xlsx"), out -> out.write(1)));
        assertEquals("the folder " + dir.resolve("nope") + " does not exist", e.getMessage());
    }
}
