package app.envelope.service;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.LineActual;
import app.envelope.store.Store;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports actual hours from a simple timesheet CSV: a header with an epic column ({@code epic},
 * {@code epic key} or {@code key}) and an {@code hours} column, in any order, other columns
 * ignored; comma, semicolon or tab separated; UTF-8. Several rows of one epic add up. Every row is
 * validated (the epic must have a plan line in the sprint; hours a number, not negative); one bad
 * row refuses the whole file, naming every bad row, and nothing is stored. A good file replaces
 * the actual hours of the epics it names, in one transaction, and keeps their outcomes.
 */
public final class TimesheetImport {
    private final Store store;

    public TimesheetImport(Store store) {
        this.store = store;
    }

    /** What an import stored. */
    public record Result(Sprint sprint, Map<String, BigDecimal> hoursByEpic, int rows) {
        public BigDecimal totalHours() {
            return hoursByEpic.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The file is refused; {@link #problems()} names every bad row. */
    public static final class Refused extends Exception {
        private final List<String> problems;

        Refused(Path file, List<String> problems) {
            super(file.getFileName() + " was not imported (nothing was stored): " + String.join("; ",
                    problems.size() > 5 ? problems.subList(0, 5) : problems)
                    + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public Result importFile(Path file, Sprint sprint) throws Refused {
        String text = read(file);
        char separator = separator(text);
        Map<String, PlanLine> lines = store.portfolio().planLines(sprint.id()).stream()
                .collect(Collectors.toMap(l -> l.epicKey().toUpperCase(Locale.ROOT), Function.identity()));
        List<String> problems = new ArrayList<>();
        Map<String, BigDecimal> hours = new LinkedHashMap<>();
        int rows = 0;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                .ofCsvRecord(text)) {
            int epicCol = -1;
            int hoursCol = -1;
            boolean header = true;
            for (CsvRecord r : csv) {
                if (header) {
                    header = false;
                    for (int i = 0; i < r.getFieldCount(); i++) {
                        String h = r.getField(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
                        if (h.equals("epic") || h.equals("epic key") || h.equals("epic_key") || h.equals("key")) {
                            epicCol = i;
                        } else if (h.equals("hours") || h.equals("actual hours")) {
                            hoursCol = i;
                        }
                    }
                    if (epicCol < 0 || hoursCol < 0) {
                        throw new Refused(file, List.of("the header needs an \"epic\" and an \"hours\" column (found: "
                                + String.join(", ", r.getFields()) + ")"));
                    }
                    continue;
                }
                rows++;
                long row = r.getStartingLineNumber();
                String epic = r.getFieldCount() > epicCol ? r.getField(epicCol).strip().toUpperCase(Locale.ROOT) : "";
                String h = r.getFieldCount() > hoursCol ? r.getField(hoursCol).strip() : "";
                if (epic.isEmpty()) {
                    problems.add("row " + row + ": no epic key");
                    continue;
                }
                if (!lines.containsKey(epic)) {
                    problems.add("row " + row + ": " + epic + " has no plan line in " + sprint.name());
                    continue;
                }
                BigDecimal v;
                try {
                    v = new BigDecimal(h);
                } catch (NumberFormatException e) {
                    problems.add("row " + row + ": hours \"" + h + "\" is not a number");
                    continue;
                }
                if (v.signum() < 0) {
                    problems.add("row " + row + ": hours cannot be negative (" + h + ")");
                    continue;
                }
                hours.merge(epic, v, BigDecimal::add);
            }
            if (header) {
                throw new Refused(file, List.of("the file is empty"));
            }
        } catch (IOException | CsvParseException | java.io.UncheckedIOException e) {
            throw new Refused(file, List.of("it is not a readable CSV file: " + e.getMessage()));
        }
        if (rows == 0) {
            problems.add("no data rows under the header");
        }
        if (!problems.isEmpty()) {
            throw new Refused(file, problems);
        }
        Map<Long, LineActual> entered = store.actuals().lineActuals(sprint.id());
        List<LineActual> updated = new ArrayList<>();
        hours.forEach((epic, v) -> {
            PlanLine l = lines.get(epic);
            updated.add(entered.getOrDefault(l.id(), LineActual.none(l.id())).withHours(v.stripTrailingZeros()));
        });
        store.actuals().saveAll(updated);
        return new Result(sprint, hours, rows);
    }

    private static String read(Path file) throws Refused {
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            StringBuilder b = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                b.append(buf, 0, n);
                if (b.length() > 5_000_000) {
                    throw new Refused(file, List.of("a timesheet is at most 5 MB"));
                }
            }
            return b.toString();
        } catch (CharacterCodingException e) {
            throw new Refused(file, List.of("it is not UTF-8 text"));
        } catch (IOException e) {
            throw new Refused(file, List.of("it cannot be read: " + e.getMessage()));
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        if (first.indexOf(';') >= 0 && first.indexOf(',') < 0) {
            return ';';
        }
        return ',';
    }
}
