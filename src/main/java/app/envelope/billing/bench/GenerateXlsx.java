package app.envelope.billing.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Turns a CSV benchmark file into an XLSX workbook whose first sheet holds the same table (streaming). */
public final class GenerateXlsx {
    private GenerateXlsx() {
    }

    public static void fromCsv(Path csv, Path xlsx, long maxRows) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             SXSSFWorkbook wb = new SXSSFWorkbook(200);
             OutputStream out = Files.newOutputStream(xlsx)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("usage");
            String line;
            int r = 0;
            while ((line = in.readLine()) != null && r <= maxRows) {
                Row row = sheet.createRow(r);
                String[] cells = line.split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && isNumber(cells[c])) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
                r++;
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.matches("-?\\d+(\\.\\d+)?") && s.length() < 15;
    }
}
