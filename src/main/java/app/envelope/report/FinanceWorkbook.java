package app.envelope.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the finance workbook (XLSX, no macros, no external links) with POI's streaming SXSSF:
 * only a window of rows is in memory, whatever the number of plan lines. Sheets: Summary, Epics,
 * Actuals, Variance, Assumptions, Unattributed. Computed figures are live formulas whose cached
 * results are Envelope's own figures; the file asks the spreadsheet to recalculate on open.
 */
public final class FinanceWorkbook {
    public static final List<String> SHEETS = List.of(SummarySheet.NAME, EpicsSheet.NAME, ActualsSheet.NAME,
            VarianceSheet.NAME, AssumptionsSheet.NAME, UnattributedSheet.NAME);
    /** Rows kept in memory per sheet while writing. */
    static final int ROW_WINDOW = 200;

    private FinanceWorkbook() {
    }

    /** Writes the workbook to {@code target} atomically: the old file stays until the new one is complete. */
    public static void write(WorkbookInput in, Path target, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        AtomicFile.write(target, out -> write(in, out, progress, cancelled));
    }

    public static void write(WorkbookInput in, OutputStream os, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
        try {
            Styles styles = new Styles(wb, in.currency());
            SXSSFSheet[] sheets = new SXSSFSheet[SHEETS.size()];
            for (int i = 0; i < sheets.length; i++) {
                sheets[i] = wb.createSheet(SHEETS.get(i));
            }
            long total = in.lineCount() + in.actuals().groups().size() + in.actuals().unattributed().size();
            long[] done = {0};
            progress.update("Writing the assumptions", 0, total);
            new AssumptionsSheet(new Out(sheets[4], styles), wb, in).write();
            new EpicsSheet(new Out(sheets[1], styles), wb, in).write(progress, cancelled, done, total);
            new SummarySheet(new Out(sheets[0], styles), in).write();
            check(cancelled);
            progress.update("Writing the actuals", done[0], total);
            new ActualsSheet(new Out(sheets[2], styles), in).write(cancelled);
            new VarianceSheet(new Out(sheets[3], styles), in).write();
            new UnattributedSheet(new Out(sheets[5], styles), in).write(cancelled);
            printSetup(sheets);
            wb.setActiveSheet(0);
            wb.setForceFormulaRecalculation(true);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setTitle("Envelope finance workbook");
            props.setCreator("Envelope");
            check(cancelled);
            progress.update("Saving the workbook", total, total);
            wb.write(os);
        } finally {
            // Deletes the per-sheet temporary files, whether the write finished, failed or was cancelled.
            // (close() would try to flush sheets a cancel left half-written.)
            wb.dispose();
        }
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
    }

    /** Landscape, one page wide, the header repeated on every page. */
    private static void printSetup(SXSSFSheet[] sheets) {
        int[] headerRows = {SummarySheet.HEADER_ROW, EpicsSheet.HEADER_ROW, ActualsSheet.HEADER_ROW,
                VarianceSheet.HEADER_ROW, -1, UnattributedSheet.HEADER_ROW};
        for (int i = 0; i < sheets.length; i++) {
            SXSSFSheet s = sheets[i];
            PrintSetup ps = s.getPrintSetup();
            ps.setLandscape(true);
            ps.setPaperSize(PrintSetup.A3_PAPERSIZE);
            s.setFitToPage(true);
            // Epics is 43 columns wide: two A3 pages across keep it legible, with sprint and epic repeated.
            ps.setFitWidth((short) (s.getSheetName().equals(EpicsSheet.NAME) ? 2 : 1));
            ps.setFitHeight((short) 0);
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
            s.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
            s.getHeader().setCenter(s.getSheetName());
            s.getFooter().setCenter("Page &P of &N");
            s.setHorizontallyCenter(false);
            if (headerRows[i] >= 0) {
                s.setRepeatingRows(new CellRangeAddress(headerRows[i], headerRows[i], -1, -1));
            }
            if (s.getSheetName().equals(EpicsSheet.NAME)) {
                s.setRepeatingColumns(new CellRangeAddress(-1, -1, EpicsSheet.SPRINT, EpicsSheet.EPIC));
            }
        }
    }
}
