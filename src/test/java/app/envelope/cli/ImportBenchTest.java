package app.envelope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.jooq.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bench import} on small files: what it prints, not how fast (tests never time the machine). */
class ImportBenchTest {

    @Test
    void importsTheCsvThreeTimesAndTheXlsxOnceAndComparesTheCsvWithPandas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));

        assertEquals(0, cli.run(List.of("bench", "import", "--rows", "3000", "--xlsx-rows", "300")));

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("CSV import: 3,000 rows (GitHub detailed usage report"), text);
        assertTrue(text.contains("CSV again in the same JVM (JIT warm, as the app's second import) import: 3,000 rows"), text);
        assertTrue(text.contains("CSV a third time in the same JVM (the app's steady speed) import: 3,000 rows"), text);
        assertTrue(text.contains("XLSX import: 300 rows"), text);
        assertTrue(text.contains("stored 3,000 lines") && text.contains("stored 300 lines"), text);
        assertTrue(text.contains("queries after it: Actuals summary of the batch"), text);
        if (text.contains("pandas read_csv + groupby on the same file:")) {
            assertTrue(text.contains("as the app's second import") && text.contains("as its third"), text);
            // The reading compared with pandas is the CSV's (the third import's), not the XLSX's read last.
            List<String> alone = Pattern.compile("read\\+map alone \\(no store, JIT already warm\\): ([0-9,]+) rows in ([0-9.]+) s")
                    .matcher(text).results().map(m -> m.group(1) + " " + m.group(2)).toList();
            assertEquals(4, alone.size(), text);
            assertTrue(alone.get(2).startsWith("3,000 "), text);
            Matcher ratio = Pattern.compile("JIT warm: ([0-9.]+) s, [0-9.]+x the speed of pandas").matcher(text);
            assertTrue(ratio.find(), text);
            assertEquals(alone.get(2).split(" ")[1], ratio.group(1), text);
        } else {
            assertTrue(text.contains("pandas:"), text);
        }
    }
}
