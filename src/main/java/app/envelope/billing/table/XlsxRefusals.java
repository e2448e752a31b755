package app.envelope.billing.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Turns the ways an XLSX file can be unusable or hostile into clear refusals. */
final class XlsxRefusals {
    private XlsxRefusals() {
    }

    /** Refuses encrypted workbooks (OLE2 containers), old .xls files and files that are not ZIP packages. */
    static void refuseNonWorkbook(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            if (isEncrypted(file)) {
                throw new UnreadableTableException("is a password-protected (encrypted) workbook; remove the password "
                        + "in Excel (File > Info > Protect Workbook > Encrypt with Password) and save it again, or export it as CSV");
            }
            throw new UnreadableTableException("is an Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV UTF-8");
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new UnreadableTableException("is not an XLSX workbook (it is not a ZIP package)");
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Maps POI and XML failures to a refusal the user can act on. */
    static IOException translate(Exception e) {
        if (e instanceof UnreadableTableException u) return u;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnreadableTableException u) return u;
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb")) {
                long times = Math.round(1 / ZipSecureFile.getMinInflateRatio());
                return new UnreadableTableException("looks like a zip bomb: part of it expands to more than " + times
                        + " times its compressed size, so it was not read", e);
            }
            if (msg.contains("DOCTYPE") || msg.contains("DTD") || msg.contains("ENTITY") || msg.contains("entity")) {
                return new UnreadableTableException(SheetXmlReader.XXE_REASON, e);
            }
            if (msg.contains("max file count") || msg.contains("exceed") && msg.contains("size")) {
                return new UnreadableTableException("is too large to read safely (" + msg + ")", e);
            }
        }
        return new UnreadableTableException("is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + ")", e);
    }
}
