package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an exported workbook back with POI and evaluates its formulas with POI's own evaluator
 * (cached results are cleared first, so nothing Envelope wrote as a cached value is trusted).
 */
final class WorkbookCheck {
    /** Money is compared to a millionth: far tighter than the cent the issue asks for. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    /** Lifts a binary 0.15499999… back to the decimal tie 0.155 it stands for, before rounding to cents. */
    private static final BigDecimal NUDGE = new BigDecimal("0.000000001");

    final XSSFWorkbook wb;
    final FormulaEvaluator ev;
    int checked;

    WorkbookCheck(XSSFWorkbook wb) {
        this.wb = wb;
        this.ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.clearAllCachedResultValues();
    }

    void recalculate() {
        ev.clearAllCachedResultValues();
    }

    Sheet sheet(String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            fail("no sheet " + name);
        }
        return s;
    }

    /** Column index by header text in {@code headerRow}. */
    static Map<String, Integer> headers(Sheet s, int headerRow) {
        Map<String, Integer> h = new HashMap<>();
        Row r = s.getRow(headerRow);
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING) {
                h.put(c.getStringCellValue(), c.getColumnIndex());
            }
        }
        return h;
    }

    static Map<Integer, String> byIndex(Map<String, Integer> headers) {
        Map<Integer, String> m = new HashMap<>();
        headers.forEach((k, v) -> m.put(v, k));
        return m;
    }

    /** Evaluates a formula cell and compares it with Envelope's figure (BigDecimal) or text (String). */
    void expect(Cell cell, Object expected, String where) {
        assertEquals(CellType.FORMULA, cell.getCellType(), where + " should be a formula");
        CellValue v = ev.evaluate(cell);
        String at = where + " (" + cell.getSheet().getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula() + ")";
        if (expected instanceof BigDecimal e) {
            assertEquals(CellType.NUMERIC, v.getCellType(), at + " evaluated to " + v);
            BigDecimal actual = new BigDecimal(v.getNumberValue());
            assertTrue(actual.subtract(e).abs().compareTo(TOLERANCE) <= 0,
                    at + ": workbook " + actual.toPlainString() + " vs Envelope " + e.toPlainString());
            assertEquals(cents(e), cents(actual.add(NUDGE.multiply(BigDecimal.valueOf(actual.signum())))), at + " to the cent");
        } else if (expected instanceof String e) {
            assertEquals(CellType.STRING, v.getCellType(), at + " evaluated to " + v);
            assertEquals(e, v.getStringValue(), at);
        } else {
            fail(at + ": no expectation for this formula");
        }
        checked++;
    }

    static void assertClose(BigDecimal expected, BigDecimal actual, String what) {
        assertTrue(actual != null && actual.subtract(expected).abs().compareTo(TOLERANCE) <= 0,
                what + ": workbook " + actual + " vs Envelope " + expected.toPlainString());
    }

    /** Cents as a spreadsheet shows them (half up). */
    static String cents(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** Every formula cell of the workbook. */
    int formulaCells() {
        int n = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** A value cell's number as the decimal it was written from (the shortest decimal that reads back as the double). */
    static BigDecimal number(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK ? null : BigDecimal.valueOf(c.getNumericCellValue());
    }

    static String text(Row r, int col) {
        Cell c = r.getCell(col);
        return c == null ? null : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }
}
