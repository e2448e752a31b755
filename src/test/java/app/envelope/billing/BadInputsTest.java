package app.envelope.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad inputs: whole-file refusals name the file and the reason; row-level rejections keep the good rows. */
class BadInputsTest {
    private static final String GITHUB_HEADER = "date,product,sku,quantity,unit_type,applied_cost_per_quantity,"
            + "gross_amount,discount_amount,net_amount,username,organization,repository,workflow_path,cost_center_name";
    private static final String[] GITHUB_ROW = {"2026-11-02", "copilot", "copilot_ai_credit", "10", "ai-credits", "0.01",
        "0.10", "0", "0.10", "dev1", "acme", "payments-api", "", "Payments"};

    @TempDir
    Path tmp;

    private static UnreadableFileException refusal(Path file) {
        return assertThrows(UnreadableFileException.class, () -> Fixtures.read(file));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.csv | empty.csv is empty",
        "header-only.csv | header-only.csv has a header but no data rows",
        "bom-only.csv | bom-only.csv is empty (no header row)",
        "unknown-header.csv | unknown-header.csv has no header this app knows and no saved column mapping matches it; columns seen: when, amount, who",
        "binary-nul.csv | binary-nul.csv contains binary data (NUL bytes), so it is not a CSV text file",
        "zip-renamed.csv | zip-renamed.csv is a ZIP archive, not CSV text",
        "gzipped.csv | gzipped.csv is gzip-compressed; unpack it and import the CSV inside",
        "pdf-renamed.csv | pdf-renamed.csv is a PDF document, not CSV text",
        "latin1-header.csv | latin1-header.csv is not UTF-8 text: its header row has bytes that are not valid UTF-8",
        "latin1-late.csv | latin1-late.csv is not UTF-8 text: data row 3 has bytes that are not valid UTF-8",
        "anthropic-usage-export.csv | anthropic-usage-export.csv is an Anthropic Console usage export (token counts, no cost)",
        "openai-empty-export.csv | openai-empty-export.csv is an OpenAI export with no cost data",
    })
    void wholeFileRefusals(String file, String expected) {
        UnreadableFileException e = refusal(Fixtures.resource("bad/" + file));
        assertTrue(e.getMessage().startsWith(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void unknownHeaderListsTheHeaderForAMappingDialog() {
        UnreadableFileException e = refusal(Fixtures.resource("bad/unknown-header.csv"));
        assertEquals(List.of("when", "amount", "who"), e.seenHeader());
    }

    @Test
    void missingFile() {
        UnreadableFileException e = refusal(tmp.resolve("nowhere.csv"));
        assertEquals("nowhere.csv does not exist", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad-cost.csv | 2 | row 2: cost \"abc\" is not a number (column gross_amount)",
        "bad-date.csv | 2 | row 2: date \"2026-13-45\" is not a date (column date)",
        "missing-cost.csv | 2 | row 3: cost is missing (column gross_amount)",
        "bad-quantity.csv | 1 | row 1: quantity \"12x\" is not a number (column quantity)",
        "too-many-cells.csv | 2 | row 2: has 9 cells but the header has 7 columns",
        "unclosed-quote.csv | 2 | row 3: a quoted field is not closed before the end of the file",
        "focus-missing-currency.csv | 1 | row 1: currency is missing (column BillingCurrency);"
                + "row 3: effective cost is missing (column EffectiveCost);row 4: provider is missing (column ProviderName)",
        "openai-bad-rows.csv | 1 | row 1: currency is missing (column amount_currency);"
                + "row 2: date \"17935776x0\" is not a date (column start_time)",
        "cursor-bad-cost.csv | 1 | row 1: cost \"lots\" is not a number (column Cost)",
        "legacy-missing-requests.csv | 1 | row 1: requests used is missing (column Requests Used)",
        "bad-token-count.csv | 1 | row 1: token count \"many\" is not a number (column input)",
    })
    void rowRejectionsKeepGoodRows(String file, long imported, String expected) throws Exception {
        Fixtures.Read read = Fixtures.read(Fixtures.resource("bad/" + file));
        List<String> messages = read.result().rejected().stream().map(RejectedRow::message).toList();
        assertEquals(List.of(expected.split(";")), messages);
        assertEquals(imported, read.result().rowsImported());
        assertEquals(messages.size(), read.result().rejectedCount());
        assertEquals(read.result().rowsRead(), imported + messages.size());
    }

    @Test
    void encryptedWorkbook() throws Exception {
        Path plain = XlsxFiles.workbook(tmp.resolve("plain.xlsx"), new String[][] {{"date"}, {"2026-11-02"}});
        Path locked = XlsxFiles.encrypt(plain, tmp.resolve("locked.xlsx"));
        assertTrue(refusal(locked).getMessage().startsWith("locked.xlsx is a password-protected (encrypted) workbook"));
    }

    @Test
    void zipBomb() throws Exception {
        Path plain = XlsxFiles.workbook(tmp.resolve("plain.xlsx"), new String[][] {GITHUB_HEADER.split(","), GITHUB_ROW});
        Path bomb = XlsxFiles.replaceEntry(plain, XlsxFiles.SHEET, XlsxFiles.bombSheet(GITHUB_HEADER.split(",")), tmp.resolve("bomb.xlsx"));
        UnreadableFileException e = refusal(bomb);
        assertTrue(e.getMessage().startsWith("bomb.xlsx looks like a zip bomb: part of it expands to more than 100 times"),
                e::getMessage);
    }

    @Test
    void xxeInSheet() throws Exception {
        Path plain = XlsxFiles.workbook(tmp.resolve("plain.xlsx"), new String[][] {{"date"}, {"2026-11-02"}});
        Path xxe = XlsxFiles.replaceEntry(plain, XlsxFiles.SHEET, XlsxFiles.xxeSheet(), tmp.resolve("xxe.xlsx"));
        assertEquals("xxe.xlsx contains an XML DOCTYPE or entity declaration (a possible XXE attack), so it was not read",
                refusal(xxe).getMessage());
    }

    @Test
    void xxeInSharedStrings() throws Exception {
        Path plain = XlsxFiles.workbook(tmp.resolve("plain.xlsx"), new String[][] {{"date"}, {"2026-11-02"}});
        Path xxe = XlsxFiles.replaceEntry(plain, "xl/sharedStrings.xml", XlsxFiles.xxeSharedStrings(),
                tmp.resolve("xxe-strings.xlsx"));
        assertEquals("xxe-strings.xlsx contains an XML DOCTYPE or entity declaration (a possible XXE attack), so it was not read",
                refusal(xxe).getMessage());
    }

    @Test
    void emptyFirstSheet() throws Exception {
        Path file = XlsxFiles.emptyFirstSheet(tmp.resolve("empty-sheet.xlsx"));
        assertEquals("empty-sheet.xlsx has an empty first sheet (no header row)", refusal(file).getMessage());
    }

    @Test
    void legacyXlsWithXlsxName() throws Exception {
        Path file = XlsxFiles.legacyXls(tmp.resolve("old.xlsx"));
        assertEquals("old.xlsx is an Excel 97-2003 (.xls) workbook; save it as .xlsx or CSV UTF-8", refusal(file).getMessage());
    }

    @Test
    void textFileWithXlsxName() throws Exception {
        Path file = Files.writeString(tmp.resolve("fake.xlsx"), GITHUB_HEADER + "\n");
        assertEquals("fake.xlsx is not an XLSX workbook (it is not a ZIP package)", refusal(file).getMessage());
    }

    @Test
    void xlsxHeaderOnly() throws Exception {
        Path file = XlsxFiles.workbook(tmp.resolve("header.xlsx"), new String[][] {GITHUB_HEADER.split(",")});
        assertEquals("header.xlsx has a header but no data rows", refusal(file).getMessage());
    }

    @Test
    void xlsxRowRejectionKeepsGoodRows() throws Exception {
        String[] bad = GITHUB_ROW.clone();
        bad[6] = "n/a";
        Path file = XlsxFiles.workbook(tmp.resolve("rows.xlsx"),
                new String[][] {GITHUB_HEADER.split(","), GITHUB_ROW, bad, GITHUB_ROW});
        Fixtures.Read read = Fixtures.read(file);
        assertEquals(2, read.result().rowsImported());
        assertEquals(List.of("row 2: cost \"n/a\" is not a number (column gross_amount)"),
                read.result().rejected().stream().map(RejectedRow::message).toList());
    }
}
