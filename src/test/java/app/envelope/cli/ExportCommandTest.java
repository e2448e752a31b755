package app.envelope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.store.jooq.H2Store;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(new CliContext(H2Store::open, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals(0, run("demo", "--db", db()));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(List.of(args));
    }

    private String db() {
        return dir.resolve("demo").toString();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> sprintsIn(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            List<String> names = new java.util.ArrayList<>();
            for (int i = 4; !"Total".equals(summary.getRow(i).getCell(1).getStringCellValue()); i++) {
                names.add(summary.getRow(i).getCell(1).getStringCellValue());
            }
            return names;
        }
    }

    @Test
    void exportsEverySprintByDefault() throws Exception {
        Path file = dir.resolve("finance.xlsx");
        assertEquals(0, run("export", file.toString(), "--db", db()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Wrote " + file.toAbsolutePath() + ": 4 sprints, 54 plan lines, "), text);
        assertEquals(List.of("Sprint 44", "Sprint 45", "Sprint 46", "Sprint 47"), sprintsIn(file));
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Summary", "Epics", "Actuals", "Variance", "Assumptions", "Unattributed"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                            wb.getSheetName(4), wb.getSheetName(5)));
        }
    }

    @Test
    void exportsTheNamedSprints() throws Exception {
        Path one = dir.resolve("one.xlsx");
        assertEquals(0, run("export", one.toString(), "--db", db(), "--sprint", "Sprint 47"));
        assertEquals(List.of("Sprint 47"), sprintsIn(one));
        Path two = dir.resolve("two.xlsx");
        assertEquals(0, run("export", two.toString(), "--db", db(), "--sprints", "Sprint 47,Sprint 46"));
        assertEquals(List.of("Sprint 46", "Sprint 47"), sprintsIn(two));
    }

    @Test
    void wrongArgumentsPrintOneLineReasonAndUsageWithStatus2() {
        Path file = dir.resolve("f.xlsx");
        assertEquals(2, run("export", "--db", db()));
        assertTrue(err().startsWith("error: export needs the file to write, e.g. finance.xlsx\nusage: envelope"), err());
        assertEquals(2, run("export", "a.xlsx", "b.xlsx", "--db", db()));
        assertTrue(err().startsWith("error: export writes one file, got 2: a.xlsx b.xlsx\nusage:"), err());
        assertEquals(2, run("export", file.toString(), "--db", db(), "--sprint", "Sprint 46", "--sprints", "Sprint 47"));
        assertTrue(err().startsWith("error: use --sprint NAME or --sprints A,B,..., not both\n"), err());
        assertEquals(2, run("export", file.toString(), "--db", db(), "--sprint", "Sprint 99"));
        assertTrue(err().startsWith("error: no sprint named \"Sprint 99\" (sprints: Sprint 44, Sprint 45, Sprint 46, Sprint 47)\n"), err());
        assertEquals(2, run("export", dir.resolve("f.csv").toString(), "--db", db()));
        assertTrue(err().startsWith("error: the file to write should end in .xlsx, got \"f.csv\"\n"), err());
        assertEquals(2, run("export", file.toString(), "--db", db(), "--sprints", " , "));
        assertTrue(err().startsWith("error: --sprints needs at least one sprint name\n"), err());
        assertEquals(2, run("export", file.toString(), "--db", db(), "--colour", "red"));
        assertTrue(err().startsWith("error: unknown option --colour\n"), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFolderThatDoesNotExistIsAFailureWithStatus1() {
        Path file = dir.resolve("missing/f.xlsx");
        assertEquals(1, run("export", file.toString(), "--db", db()));
        assertEquals("error: cannot write " + file + ": the folder " + dir.resolve("missing") + " does not exist\n", err());
    }
}
