package app.envelope.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Delimiters, encodings, line endings and decimal commas that real exports and spreadsheet re-saves produce. */
class CsvDialectsTest {

    private static Fixtures.Read read(String name) throws Exception {
        return Fixtures.read(Fixtures.resource("dialects/" + name));
    }

    @Test
    void semicolonFileWithDecimalCommasAndBomCrlf() throws Exception {
        Fixtures.Read r = read("decimal-comma-semicolon.csv");
        assertEquals("github-usage-detailed", r.result().formatId());
        assertEquals(3, r.result().rowsImported());
        VendorFormatsTest.assertAmount("1234.73", r.result().listTotal());
        VendorFormatsTest.assertAmount("1234.46", r.result().billedTotal());
        BillingLine first = r.line(1);
        assertEquals(new BigDecimal("123.456"), first.quantity());
        assertEquals(new BigDecimal("1234.56"), first.listCost());
        assertEquals("0,27", first.tags().extra().get("discount_amount"));
        assertEquals(new BigDecimal("-0.10"), r.line(3).effectiveCost());
    }

    @Test
    void tabDelimited() throws Exception {
        Fixtures.Read r = read("tab-delimited.tsv");
        assertEquals("anthropic-cost-2026h1", r.result().formatId());
        VendorFormatsTest.assertAmount("1.75", r.result().effectiveTotal());
        VendorFormatsTest.assertAmount("1.80", r.result().listTotal());
        assertEquals("gro-214-ci", r.line(1).tags().apiKeyName());
        assertEquals(TokenType.INPUT, r.line(2).tokenType());
    }

    @Test
    void utf16LittleEndianWithBomTabDelimited() throws Exception {
        Fixtures.Read r = read("utf16le-bom.txt");
        assertEquals("cursor-usage-team", r.result().formatId());
        assertEquals("dév@acme.example", r.line(1).tags().user());
        VendorFormatsTest.assertAmount("0.27", r.result().effectiveTotal());
    }

    @Test
    void utf16BigEndianWithBomNoFinalNewlineAnd30Decimals() throws Exception {
        Fixtures.Read r = read("utf16be-bom.csv");
        assertEquals("openai-cost", r.result().formatId());
        BillingLine l = r.line(1);
        assertEquals(new BigDecimal("0.123456789012345678901234567890"), l.effectiveCost());
        assertEquals(LocalDate.of(2026, 11, 2), l.chargeDate());
        assertEquals("gpt-5", l.model());
        assertEquals(TokenType.OUTPUT, l.tokenType());
        assertEquals("Platform", l.tags().project());
    }

    @Test
    void bomCrlfReorderedColumnsMultilineQuotesAndUnknownColumn() throws Exception {
        Fixtures.Read r = read("bom-crlf-reordered.csv");
        assertEquals("github-usage-detailed", r.result().formatId());
        assertEquals(2, r.result().rowsImported());
        BillingLine first = r.line(1);
        assertEquals("first line\r\nsecond line, with comma", first.tags().extra().get("team_note"));
        assertEquals(LocalDate.of(2026, 11, 6), first.chargeDate());
        assertEquals("payments-web", first.tags().repository());
        assertEquals("say \"hi\"", r.line(2).tags().extra().get("team_note"));
        VendorFormatsTest.assertAmount("3.225", r.result().listTotal());
        VendorFormatsTest.assertAmount("2.505", r.result().billedTotal());
    }
}
