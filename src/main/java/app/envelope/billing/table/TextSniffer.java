package app.envelope.billing.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a would-be CSV file: refuses binary content, finds the byte
 * order mark and the encoding, and later the delimiter from the header line.
 */
final class TextSniffer {
    static final int PEEK = 8192;

    private TextSniffer() {
    }

    /** Encoding and number of BOM bytes to skip. */
    record Encoding(Charset charset, int bomLength) {
    }

    /** Reads (and resets) the start of the stream; refuses what is not text. */
    static Encoding encoding(BufferedInputStream in) throws IOException {
        in.mark(PEEK + 1);
        byte[] head = in.readNBytes(PEEK);
        in.reset();
        refuseBinary(head);
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return new Encoding(StandardCharsets.UTF_8, 3);
        if (startsWith(head, 0xFF, 0xFE)) return new Encoding(StandardCharsets.UTF_16LE, 2);
        if (startsWith(head, 0xFE, 0xFF)) return new Encoding(StandardCharsets.UTF_16BE, 2);
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableTableException("contains binary data (NUL bytes), so it is not a CSV text file");
            }
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    private static void refuseBinary(byte[] head) throws UnreadableTableException {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            throw new UnreadableTableException("is a ZIP archive, not CSV text (if it is an Excel workbook, "
                    + "give it the .xlsx extension or save it as CSV UTF-8)");
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableTableException("is an Excel 97-2003 or password-protected workbook, not CSV text");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) throw new UnreadableTableException("is a PDF document, not CSV text");
        if (startsWith(head, 0x1F, 0x8B)) {
            throw new UnreadableTableException("is gzip-compressed; unpack it and import the CSV inside");
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != (magic[i] & 0xFF)) return false;
        }
        return true;
    }

    /**
     * Finds the delimiter from the header line: the most frequent of comma, semicolon and tab
     * outside quotes (comma on a tie or when there is none). The reader must support mark.
     */
    static char delimiter(Reader reader) throws IOException {
        reader.mark(1 << 20);
        int commas = 0, semicolons = 0, tabs = 0;
        boolean quoted = false;
        for (int i = 0, c; i < (1 << 20) && (c = reader.read()) >= 0; i++) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas && tabs > semicolons) return '\t';
        return ',';
    }
}
