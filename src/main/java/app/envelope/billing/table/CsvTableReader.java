package app.envelope.billing.table;

import app.envelope.billing.parse.DecimalStyle;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a CSV file with FastCSV: UTF-8 (with or without BOM) or UTF-16 with BOM; comma,
 * semicolon or tab delimiter sniffed from the header; quotes, CRLF or LF, no final newline.
 * A semicolon-delimited file is taken to be a European spreadsheet save with decimal commas.
 * Bytes that are not valid in the encoding make the whole file unreadable.
 */
public final class CsvTableReader implements TableReader {
    private final HashingInputStream hashing;
    private final CsvReader<String[]> csv;
    private final CloseableIterator<String[]> rows;
    private final List<String> header;
    private final DecimalStyle decimalStyle;
    private final long totalBytes;
    private long rowNumber;
    private boolean finished;

    public CsvTableReader(Path file) throws IOException {
        this.totalBytes = Files.size(file);
        this.hashing = new HashingInputStream(Files.newInputStream(file));
        try {
            BufferedInputStream buffered = new BufferedInputStream(hashing, 1 << 16);
            TextSniffer.Encoding enc = TextSniffer.encoding(buffered);
            buffered.skipNBytes(enc.bomLength());
            CharsetDecoder decoder = enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(buffered, decoder), 1 << 16);
            char delimiter = TextSniffer.delimiter(reader);
            this.decimalStyle = delimiter == ';' ? DecimalStyle.COMMA : DecimalStyle.POINT;
            this.csv = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                    .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false)
                    .build(StringArrayHandler.of(), reader);
            this.rows = csv.iterator();
            this.header = readHeader();
        } catch (IOException | RuntimeException e) {
            hashing.close();
            throw e;
        }
    }

    private List<String> readHeader() throws IOException {
        String[] first;
        try {
            first = advance();
        } catch (CsvParseException e) {
            throw new UnreadableTableException("cannot be read as CSV: its header row is broken (" + e.getMessage() + ")", e);
        }
        if (first == null) throw new UnreadableTableException("is empty (no header row)");
        if (hasReplacement(first)) throw notUtf8("its header row");
        List<String> names = new ArrayList<>(first.length);
        for (String cell : first) names.add(HeaderText.clean(cell));
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) names.remove(names.size() - 1);
        if (names.isEmpty()) throw new UnreadableTableException("is empty (no header row)");
        return List.copyOf(names);
    }

    private String[] advance() throws IOException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw e;
        }
    }

    /** The decoder replaces bytes that are not valid in the encoding with U+FFFD; finding one refuses the file. */
    private static boolean hasReplacement(String[] cells) {
        for (String c : cells) {
            if (c.indexOf('\uFFFD') >= 0) return true;
        }
        return false;
    }

    private static UnreadableTableException notUtf8(String where) {
        return new UnreadableTableException("is not UTF-8 text: " + where + " has bytes that are not valid UTF-8 "
                + "(a Latin-1 or Windows-1252 file?). Save it as \"CSV UTF-8\" and import it again");
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() throws IOException {
        if (finished) return null;
        String[] cells;
        try {
            cells = advance();
        } catch (CsvParseException e) {
            finished = true;
            return new TableRow(++rowNumber, new String[0], describe(e));
        }
        if (cells == null) {
            finished = true;
            return null;
        }
        rowNumber++;
        if (hasReplacement(cells)) throw notUtf8("data row " + rowNumber);
        int width = header.size();
        if (cells.length == width) return new TableRow(rowNumber, cells, null);
        if (cells.length < width) {
            String[] padded = Arrays.copyOf(cells, width);
            Arrays.fill(padded, cells.length, width, "");
            return new TableRow(rowNumber, padded, null);
        }
        for (int i = width; i < cells.length; i++) {
            if (!cells[i].isBlank()) {
                return new TableRow(rowNumber, cells, "has " + cells.length + " cells but the header has " + width + " columns");
            }
        }
        return new TableRow(rowNumber, Arrays.copyOf(cells, width), null);
    }

    private static String describe(CsvParseException e) {
        String msg = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
        if (msg.toLowerCase().contains("quote")) return "a quoted field is not closed before the end of the file";
        return "cannot be read as CSV (" + msg + ")";
    }

    @Override
    public DecimalStyle decimalStyle() {
        return decimalStyle;
    }

    @Override
    public long bytesRead() {
        return hashing.count();
    }

    @Override
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public String sha256() throws IOException {
        return hashing.finish();
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            hashing.close();
        }
    }
}
