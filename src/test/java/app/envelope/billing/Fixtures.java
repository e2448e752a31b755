package app.envelope.billing;

import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.domain.BillingLine;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: fixture paths, a collecting read, and CSV → XLSX conversion with exact numbers. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/billing/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A read that collects the lines. */
    record Read(ReadResult result, List<BillingLine> lines) {
        BillingLine line(long rowNumber) {
            return lines.stream().filter(l -> l.rowNumber() == rowNumber).findFirst().orElseThrow();
        }
    }

    static Read read(Path file) throws UnreadableFileException {
        return read(file, new InMemoryMappingStore());
    }

    static Read read(Path file, MappingStore store) throws UnreadableFileException {
        List<BillingLine> lines = new ArrayList<>();
        ReadResult r = new BillingFileReader().read(file, store, lines::add, ImportProgress.NONE, () -> false);
        return new Read(r, lines);
    }

    /** Copies a CSV fixture into an XLSX workbook: numbers whose shortest double spelling is exact become numeric cells. */
    static Path toXlsx(Path csv, Path dir) throws IOException {
        Path out = dir.resolve(csv.getFileName().toString().replaceAll("\\.csv$", ".xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook();
             CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(csv)) {
            XSSFSheet sheet = wb.createSheet("Usage");
            int r = 0;
            for (CsvRecord rec : reader) {
                XSSFRow row = sheet.createRow(r++);
                for (int c = 0; c < rec.getFieldCount(); c++) {
                    String v = rec.getField(c);
                    if (r > 1 && isExactDouble(v)) row.createCell(c).setCellValue(Double.parseDouble(v));
                    else row.createCell(c).setCellValue(v);
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    static boolean isExactDouble(String v) {
        if (!v.matches("-?\\d+(\\.\\d+)?")) return false;
        double d = Double.parseDouble(v);
        return new BigDecimal(Double.toString(d)).compareTo(new BigDecimal(v)) == 0;
    }
}
