package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_SPEND;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.StoreException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines encoded into a block come back exactly, at the scales the store keeps. */
class LineBlockTest {

    private static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    private static StoredLine line(long row, LocalDate day, String vendor, TokenType tt, String quantity, String tokens,
                                   String list, String effective, String billed, String fx, WorkTags tags, String epic,
                                   Long sprint) {
        return new StoredLine(0, 0, new BillingLine(row, day, vendor, "product " + (row % 3), row % 2 == 0 ? null : "sku",
                row % 5 == 0 ? null : "claude-sonnet-4.5", "output", tt, d(quantity), d(tokens), d(list), d(effective), d(billed),
                "USD", tags), epic, sprint, d(fx));
    }

    private static List<StoredLine> roundTrip(List<StoredLine> lines, long batchId, long firstId) {
        LineBlock.Encoder e = new LineBlock.Encoder();
        lines.forEach(e::add);
        assertEquals(lines.size(), e.count());
        List<StoredLine> out = new ArrayList<>();
        LineBlock.decode(e.lines(), e.epics(), batchId, firstId, out::add);
        return out;
    }

    /** What the store returns for a line: amounts without trailing zeros, the FX rate at 12 places. */
    private static StoredLine expected(StoredLine s, long id, long batchId) {
        BillingLine l = s.line();
        BillingLine kept = new BillingLine(l.rowNumber(), l.chargeDate(), l.vendor(), l.product(), l.sku(), l.model(), l.unit(),
                l.tokenType(), strip(l.quantity(), 30), strip(l.tokens(), 6), strip(l.listCost(), 30),
                strip(l.effectiveCost(), 30), strip(l.billedCost(), 30), l.currency(), l.tags());
        return new StoredLine(id, batchId, kept, s.epicKey(), s.sprintId(),
                s.fxRate() == null ? null : LineBlock.stored(s.fxRate(), 12).setScale(12));
    }

    private static BigDecimal strip(BigDecimal v, int scale) {
        return v == null ? null : LineBlock.stored(v, scale).stripTrailingZeros();
    }

    @Test
    void everyFieldComesBackExactly() {
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("team", "payments");
        raw.put("quote \" and backslash \\", "tab\tnewline\nreturn\r");
        raw.put("", "");
        raw.put("unicode", "café – 東京 😀 \u2028");
        WorkTags all = new WorkTags("proj", "payments-api", "ws", "key-pay", "CC-1", "ana@example.com", raw,
                Map.of("workflow_path", ".github/workflows/ci.yml", "Extra Column", "x"));
        WorkTags some = new WorkTags(null, "growth-web", null, null, null, null, Map.of(), Map.of());
        List<StoredLine> lines = List.of(
                line(1, LocalDate.of(2026, 11, 2), "GitHub", TokenType.OUTPUT, "1", "1200", "0.04", "0.04", "0.04", "1",
                        all, "PAY-142", 7L),
                // a credit, earlier day, lower row number, 30 decimals, no list, token type null
                line(0, LocalDate.of(2024, 9, 18), "GitHub", null, "-3.000", null, null,
                        "-0.123456789012345678901234567890", "-0.1", "1.085", some, null, null),
                // more than 30 decimals: rounded half up as the store keeps them; tokens at 6
                line(1042, LocalDate.of(2026, 11, 2), "OpenAI", TokenType.CACHE_READ, "0.0000000000000000000000000000005",
                        "12.3456785", "1E+3", "0.0038359800000000000000000000004999", null, "1.27101234567891",
                        WorkTags.NONE, "GRO-214", 0L),
                // 30 digits before the point, and an unscaled value far beyond a long
                line(1_000_000_000_000L, LocalDate.of(1970, 1, 1), "Anthropic", TokenType.INPUT, null, "0",
                        "999999999999999999999999999999.999999999999999999999999999999",
                        "123456789012345678901234567890.123456789012345678901234567890", "0", null, all, "PAY-142",
                        Long.MAX_VALUE - 1));
        List<StoredLine> back = roundTrip(lines, 9, 101);
        assertEquals(lines.size(), back.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expected(lines.get(i), 101 + i, 9), back.get(i), "line " + i);
        }
        assertEquals(new BigDecimal("1E-30"), back.get(2).line().quantity(), "0.000…0005 at 31 places rounds half up");
        assertEquals(new BigDecimal("12.345679"), back.get(2).line().tokens());
        assertEquals(new BigDecimal("0.003835980000000000000000000000"), back.get(2).line().effectiveCost().setScale(30));
        assertEquals(new BigDecimal("1.271012345679"), back.get(2).fxRate());
    }

    @Test
    void moreThanThirtyDigitsBeforeThePointIsRefusedNamingTheRow() {
        LineBlock.Encoder e = new LineBlock.Encoder();
        StoreException ex = assertThrows(StoreException.class, () -> e.add(line(77, LocalDate.of(2026, 1, 1), "GitHub", null,
                null, null, null, "1234567890123456789012345678901", null, "1", WorkTags.NONE, null, null)));
        assertEquals("Cannot store billing row 77: its effective cost 1234567890123456789012345678901 has more than 30 digits"
                + " before the decimal point", ex.getMessage());
    }

    @Test
    void aBlockOfManyLinesWritesEachNameOnceAndResetsBetweenBlocks() {
        Random random = new Random(3);
        String[] repos = {"payments-api", "growth-web", "platform-infra", null};
        String[] epics = {"PAY-142", null, "GRO-214"};
        List<StoredLine> lines = new ArrayList<>();
        for (int i = 1; i <= 4_096; i++) {
            WorkTags t = new WorkTags(null, repos[random.nextInt(4)], null, null, null, "user" + random.nextInt(40), Map.of(),
                    Map.of());
            lines.add(line(i, LocalDate.of(2026, 11, 1).plusDays(random.nextInt(30)), "GitHub", null,
                    String.valueOf(random.nextInt(100)), null, null, "0." + random.nextInt(1_000_000), null, "1", t,
                    epics[random.nextInt(3)], random.nextBoolean() ? 3L : null));
        }
        LineBlock.Encoder e = new LineBlock.Encoder();
        lines.forEach(e::add);
        assertTrue(e.size() < 40 * lines.size(), "names are referred to by number (~35 bytes a line): " + e.size() + " bytes");
        byte[] first = e.lines();
        byte[] firstEpics = e.epics();
        e.reset();
        lines.forEach(e::add);
        assertArrayEquals(first, e.lines(), "a reset block starts its dictionary again");
        assertArrayEquals(firstEpics, e.epics());
        List<StoredLine> back = new ArrayList<>();
        LineBlock.decode(first, firstEpics, 1, 1, back::add);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(expected(lines.get(i), i + 1, 1), back.get(i));
        }
        List<String> epicKeys = back.stream().map(StoredLine::epicKey).toList();
        assertArrayEquals(firstEpics, LineBlock.epics(epicKeys), "re-attribution writes the epics column as the import did");
        List<String> moved = epicKeys.stream().map(k -> k == null ? "OPS-7" : null).toList();
        List<StoredLine> reattributed = new ArrayList<>();
        LineBlock.decode(first, LineBlock.epics(moved), 1, 1, reattributed::add);
        assertEquals(moved, reattributed.stream().map(StoredLine::epicKey).toList());
    }

    @Test
    void thousandsOfDistinctNamesInOneBlockComeBackInOrder() {
        // Every line its own repository and user (a FOCUS file with a resource id per line): the
        // dictionary grows many times within the block, and starts small again in the next.
        LineBlock.Encoder e = new LineBlock.Encoder();
        for (int round = 0; round < 2; round++) {
            List<StoredLine> lines = new ArrayList<>();
            for (int i = 1; i <= 3_000; i++) {
                WorkTags t = new WorkTags(null, "repo-" + round + "-" + i, null, null, null, "user-" + (i % 1_500), Map.of(),
                        Map.of("resource_id", "r" + i));
                lines.add(line(i, LocalDate.of(2026, 11, 2), "GitHub", null, "1", null, null, "0.01", null, "1", t,
                        i % 3 == 0 ? "PAY-" + i : null, null));
            }
            lines.forEach(e::add);
            List<StoredLine> back = new ArrayList<>();
            LineBlock.decode(e.lines(), e.epics(), 1, 1, back::add);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(expected(lines.get(i), i + 1, 1), back.get(i));
            }
            e.reset();
        }
    }

    @Test
    void aBlockOfAnUnknownFormatIsRefusedClearly() {
        LineBlock.Encoder e = new LineBlock.Encoder();
        e.add(line(1, LocalDate.of(2026, 11, 2), "GitHub", null, null, null, null, "1", null, "1", WorkTags.NONE, null, null));
        byte[] lines = e.lines();
        lines[0] = 9;
        StoreException ex = assertThrows(StoreException.class, () -> LineBlock.decode(lines, e.epics(), 1, 1, l -> { }));
        assertTrue(ex.getMessage().contains("format 9"), ex.getMessage());
    }

    @Test
    void decimalsOfEverySizeSurviveTheByteEncoding() {
        Random random = new Random(11);
        Bytes.Out out = new Bytes.Out(8);
        List<BigDecimal> values = new ArrayList<>(Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("-0.00"),
                BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE), new BigDecimal("4611686018427387904"),
                new BigDecimal("-4611686018427387905"), new BigDecimal("1E+5"), new BigDecimal("-1E-40")));
        for (int i = 0; i < 2_000; i++) {
            values.add(new BigDecimal(new java.math.BigInteger(1 + random.nextInt(200), random).subtract(
                    java.math.BigInteger.ONE.shiftLeft(random.nextInt(100))), random.nextInt(80) - 20));
        }
        values.forEach(out::decimal);
        out.zigzag(Long.MIN_VALUE);
        out.varint(-1L);
        Bytes.In in = new Bytes.In(out.toArray());
        for (BigDecimal v : values) {
            assertEquals(v, in.decimal(), "same value and scale");
        }
        assertEquals(Long.MIN_VALUE, in.zigzag());
        assertEquals(-1L, in.varint());
        assertTrue(in.atEnd());
    }

    @Test
    void tokenKindsKeepTheOrderStoredBlocksWereWrittenWith() {
        assertEquals(List.of(TokenType.INPUT, TokenType.OUTPUT, TokenType.CACHE_READ, TokenType.CACHE_WRITE),
                List.of(TokenType.values()).subList(0, 4), "blocks store a token kind by its position: add new kinds at the end");
    }

    @Test
    void theSumsAreKeptAtTheScalesOfTheLines() {
        assertEquals(LineBlock.COST_SCALE, BILLING_SPEND.LIST_COST.getDataType().scale());
        assertEquals(LineBlock.COST_SCALE, BILLING_SPEND.EFFECTIVE_COST.getDataType().scale());
        assertEquals(LineBlock.COST_SCALE, BILLING_SPEND.BILLED_COST.getDataType().scale());
        assertEquals(LineBlock.TOKEN_SCALE, BILLING_SPEND.TOKENS.getDataType().scale());
        assertEquals(LineBlock.FX_SCALE, BILLING_SPEND.FX_RATE.getDataType().scale());
    }
}
