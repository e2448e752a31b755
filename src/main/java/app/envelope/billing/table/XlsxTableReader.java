package app.envelope.billing.table;

import app.envelope.billing.parse.DecimalStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams the first sheet of an XLSX workbook: the first non-empty row is the header. Relies on
 * POI's {@code ZipSecureFile} limits against zip bombs and on a DOCTYPE-refusing parser against
 * XXE. Progress is measured in uncompressed bytes of the sheet XML.
 */
public final class XlsxTableReader implements TableReader {
    private final OPCPackage pkg;
    private final HashingInputStream sheetBytes;
    private final SheetXmlReader sheet;
    private final long sheetSize;
    private final String sha256;
    private final List<String> header;
    private int headerRowIndex;

    public XlsxTableReader(Path file) throws IOException {
        XlsxRefusals.refuseNonWorkbook(file);
        this.sha256 = Sha256.of(file);
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw XlsxRefusals.translate(e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) throw new UnreadableTableException("has no worksheet");
            InputStream first = sheets.next();
            this.sheetSize = sheets.getSheetPart().getSize();
            this.sheetBytes = new HashingInputStream(first);
            this.sheet = new SheetXmlReader(sheetBytes, strings, reader.getStylesTable());
            this.header = readHeader();
        } catch (Exception e) {
            pkg.revert();
            throw XlsxRefusals.translate(e);
        }
    }

    private List<String> readHeader() throws IOException, XMLStreamException {
        List<String> row;
        while ((row = sheet.nextRow()) != null) {
            if (!isBlank(row)) {
                headerRowIndex = sheet.rowIndex();
                List<String> names = new ArrayList<>(row.size());
                for (String cell : row) names.add(HeaderText.clean(cell));
                while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) names.remove(names.size() - 1);
                return List.copyOf(names);
            }
        }
        throw new UnreadableTableException("has an empty first sheet (no header row)");
    }

    private static boolean isBlank(List<String> row) {
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) return false;
        }
        return true;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() throws IOException {
        try {
            List<String> row;
            while ((row = sheet.nextRow()) != null) {
                if (!isBlank(row)) return toTableRow(row);
            }
            return null;
        } catch (Exception e) {
            throw XlsxRefusals.translate(e);
        }
    }

    private TableRow toTableRow(List<String> row) {
        long number = (long) sheet.rowIndex() - headerRowIndex;
        int width = header.size();
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
            String v = i < row.size() ? row.get(i) : null;
            cells[i] = v == null ? "" : v;
        }
        for (int i = width; i < row.size(); i++) {
            if (row.get(i) != null && !row.get(i).isBlank()) {
                return new TableRow(number, cells, "has a value in column " + (i + 1) + " but the header has " + width + " columns");
            }
        }
        return new TableRow(number, cells, null);
    }

    @Override
    public DecimalStyle decimalStyle() {
        return DecimalStyle.POINT;
    }

    @Override
    public long bytesRead() {
        return sheetBytes.count();
    }

    @Override
    public long totalBytes() {
        return sheetSize;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            pkg.revert();
        }
    }
}
