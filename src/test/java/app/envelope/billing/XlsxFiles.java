package app.envelope.billing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds good and hostile XLSX files for tests. */
final class XlsxFiles {
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private XlsxFiles() {
    }

    /** A workbook whose first sheet holds the rows (all string cells). */
    static Path workbook(Path out, String[][] rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Data");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** The workbook encrypted with a password (agile encryption, as Excel does). */
    static Path encrypt(Path plain, Path out) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
            try (OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } finally {
                opc.revert();
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
        return out;
    }

    /** A copy of the workbook with one zip entry's content replaced. */
    static Path replaceEntry(Path xlsx, String entry, byte[] content, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            boolean replaced = false;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry ze = e.nextElement();
                zos.putNextEntry(new ZipEntry(ze.getName()));
                if (ze.getName().equals(entry)) {
                    zos.write(content);
                    replaced = true;
                } else {
                    try (InputStream in = zip.getInputStream(ze)) {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
            if (!replaced) throw new IllegalArgumentException("no entry " + entry);
        }
        return out;
    }

    /** A sheet XML with the header row, then megabytes of whitespace that compress about a thousand times. */
    static byte[] bombSheet(String[] header) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + NS
                + "\"><sheetData><row r=\"1\">");
        for (String h : header) b.append("<c t=\"inlineStr\"><is><t>").append(h).append("</t></is></c>");
        b.append("</row>");
        b.append(" ".repeat(30_000_000));
        b.append("</sheetData></worksheet>");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet XML that declares an external entity. */
    static byte[] xxeSheet() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                + "</row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xxeSharedStrings() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook whose first sheet is empty and whose second has data. */
    static Path emptyFirstSheet(Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Empty");
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("date");
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    /** An Excel 97-2003 workbook (given an .xlsx name by the caller). */
    static Path legacyXls(Path out) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream os = Files.newOutputStream(out)) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("date");
            wb.write(os);
        }
        return out;
    }
}
