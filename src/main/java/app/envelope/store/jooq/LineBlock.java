package app.envelope.store.jooq;

import app.envelope.domain.BillingLine;
import app.envelope.domain.NamedValues;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.StoreException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A block of consecutive billing lines of one batch, encoded compactly (decision 0020): every
 * field of every line, exactly, in two byte arrays stored as one {@code billing_block} row.
 *
 * <p>{@code lines} holds what never changes after the import: per line the row number and
 * charge day (as differences from the previous line), the vendor's columns, the amounts, the
 * sprint and the FX rate, the work tags and the kept columns. Strings are written once per block
 * and then referred to by number (a month of billing repeats a few hundred names a million times).
 * Amounts are kept at the scales the store has always kept: costs and quantities at
 * {@value #COST_SCALE} places, token counts at {@value #TOKEN_SCALE}, FX rates at
 * {@value #FX_SCALE}, rounded half up, with at most {@value #INTEGER_DIGITS} digits before the
 * point. {@code epics} holds each line's epic key, apart, because re-attribution rewrites it.
 */
final class LineBlock {
    static final int COST_SCALE = 30;
    static final int TOKEN_SCALE = 6;
    static final int FX_SCALE = 12;
    static final int INTEGER_DIGITS = 30;
    private static final int FORMAT = 1;
    /** The string fields of a line, by slot: see {@link #fields} and {@link Encoder#kept()}. */
    static final int VENDOR = 0;
    static final int PRODUCT = 1;
    static final int SKU = 2;
    static final int MODEL = 3;
    static final int UNIT = 4;
    static final int CURRENCY = 5;
    static final int PROJECT = 6;
    static final int REPOSITORY = 7;
    static final int WORKSPACE = 8;
    static final int API_KEY = 9;
    static final int COST_CENTER = 10;
    static final int USER = 11;
    /** Dictionary slots: one per string field, then one per position of a tag or kept column (key and value). */
    static final int FIELD_SLOTS = 12;
    private static final int MAP_SLOTS = 32;
    static final int SLOTS = FIELD_SLOTS + 2 * MAP_SLOTS;
    /** Token kinds are stored by position (0 none, then 1 + ordinal): new kinds go at the end of the enum; a test pins the order. */
    private static final TokenType[] TOKEN_TYPES = TokenType.values();

    private LineBlock() {
    }

    /** A line's string fields, by slot ({@link #VENDOR} ... {@link #USER}). */
    static String[] fields(BillingLine l) {
        WorkTags t = l.tags();
        return new String[] {l.vendor(), l.product(), l.sku(), l.model(), l.unit(), l.currency(), t.project(), t.repository(), t.workspace(), t.apiKeyName(), t.costCenter(), t.user()};
    }

    /** The value as the store keeps it (rounded half up to {@code scale} places when it has more). */
    static BigDecimal stored(BigDecimal v, int scale) {
        return v == null || v.scale() <= scale ? v : v.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Encodes lines one by one into a block; {@link #reset()} starts the next. Not thread-safe. */
    static final class Encoder {
        private final Bytes.Out lines = new Bytes.Out(1 << 16);
        private final Bytes.Out epics = new Bytes.Out(1 << 12);
        private final BlockStrings.Dictionary strings = new BlockStrings.Dictionary();
        private final BlockStrings.Dictionary epicKeys = new BlockStrings.Dictionary();
        private final String[] kept = new String[FIELD_SLOTS];
        private int count;
        private long firstRow;
        private long lastRow;
        private long lastDay;

        Encoder() {
            reset();
        }

        void reset() {
            lines.reset();
            epics.reset();
            strings.clear();
            epicKeys.clear();
            lines.byte1(FORMAT);
            epics.byte1(FORMAT);
            count = 0;
            lastRow = 0;
            lastDay = 0;
        }

        int count() {
            return count;
        }

        /** Bytes written so far, both arrays. */
        int size() {
            return lines.size() + epics.size();
        }

        long firstRow() {
            return firstRow;
        }

        byte[] lines() {
            return lines.toArray();
        }

        /**
         * The string fields of the line added last, by slot, as the block keeps them: equal to the
         * line's, but one instance per distinct string, so that hashing and comparing them is cheap.
         * Valid until the next {@link #add}.
         */
        String[] kept() {
            return kept;
        }

        byte[] epics() {
            return epics.toArray();
        }

        void add(StoredLine s) {
            BillingLine l = s.line();
            if (count++ == 0) {
                firstRow = l.rowNumber();
            }
            lines.zigzag(l.rowNumber() - lastRow);
            lastRow = l.rowNumber();
            long day = l.chargeDate().toEpochDay();
            lines.zigzag(day - lastDay);
            lastDay = day;
            kept[VENDOR] = strings.write(lines, l.vendor(), VENDOR);
            kept[PRODUCT] = strings.write(lines, l.product(), PRODUCT);
            kept[SKU] = strings.write(lines, l.sku(), SKU);
            kept[MODEL] = strings.write(lines, l.model(), MODEL);
            kept[UNIT] = strings.write(lines, l.unit(), UNIT);
            lines.byte1(l.tokenType() == null ? 0 : l.tokenType().ordinal() + 1);
            amount(l, "quantity", l.quantity(), COST_SCALE);
            amount(l, "tokens", l.tokens(), TOKEN_SCALE);
            amount(l, "list cost", l.listCost(), COST_SCALE);
            amount(l, "effective cost", l.effectiveCost(), COST_SCALE);
            amount(l, "billed cost", l.billedCost(), COST_SCALE);
            kept[CURRENCY] = strings.write(lines, l.currency(), CURRENCY);
            amount(l, "FX rate", s.fxRate(), FX_SCALE);
            lines.varint(s.sprintId() == null ? 0 : s.sprintId() + 1);
            WorkTags t = l.tags();
            kept[PROJECT] = strings.write(lines, t.project(), PROJECT);
            kept[REPOSITORY] = strings.write(lines, t.repository(), REPOSITORY);
            kept[WORKSPACE] = strings.write(lines, t.workspace(), WORKSPACE);
            kept[API_KEY] = strings.write(lines, t.apiKeyName(), API_KEY);
            kept[COST_CENTER] = strings.write(lines, t.costCenter(), COST_CENTER);
            kept[USER] = strings.write(lines, t.user(), USER);
            map(t.raw(), 0);
            map(t.extra(), MAP_SLOTS / 2);
            epicKeys.write(epics, s.epicKey(), 0);
        }

        private void amount(BillingLine l, String what, BigDecimal v, int scale) {
            BigDecimal kept = stored(v, scale);
            if (kept != null && kept.precision() - kept.scale() > INTEGER_DIGITS) {
                throw new StoreException("Cannot store billing row " + l.rowNumber() + ": its " + what + " " + v.toPlainString()
                        + " has more than " + INTEGER_DIGITS + " digits before the decimal point");
            }
            lines.decimal(kept);
        }

        /** A line's tags or kept columns: WorkTags keeps both as {@link NamedValues}, so the copy is the map itself. */
        private void map(Map<String, String> m, int firstSlot) {
            NamedValues nv = NamedValues.copyOf(m);
            int n = nv.size();
            lines.varint(n);
            for (int i = 0; i < n; i++) {
                int at = FIELD_SLOTS + 2 * Math.min(firstSlot + i, MAP_SLOTS - 1);
                strings.write(lines, nv.name(i), at);
                strings.write(lines, nv.value(i), at + 1);
            }
        }
    }

    /** Encodes just the epic keys of a block's lines, in order (re-attribution). */
    static byte[] epics(List<String> epicKeys) {
        Bytes.Out out = new Bytes.Out(16 + epicKeys.size());
        out.byte1(FORMAT);
        BlockStrings.Dictionary d = new BlockStrings.Dictionary();
        epicKeys.forEach(k -> d.write(out, k, 0));
        return out.toArray();
    }

    /**
     * Decodes a block's lines in order, each with its batch id and an id: {@code firstId} for the
     * first line, counting up. Amounts come back without trailing zeros and FX rates at
     * {@value #FX_SCALE} places, as the store has always returned them.
     */
    static void decode(byte[] linesData, byte[] epicsData, long batchId, long firstId, Consumer<StoredLine> consumer) {
        Bytes.In in = open(linesData);
        Bytes.In ep = open(epicsData);
        BlockStrings.Strings strings = new BlockStrings.Strings();
        BlockStrings.Strings epicKeys = new BlockStrings.Strings();
        long row = 0;
        long day = 0;
        long id = firstId;
        while (!in.atEnd()) {
            row += in.zigzag();
            day += in.zigzag();
            String vendor = strings.read(in);
            String product = strings.read(in);
            String sku = strings.read(in);
            String model = strings.read(in);
            String unit = strings.read(in);
            int tt = in.byte1();
            BigDecimal quantity = strip(in.decimal());
            BigDecimal tokens = strip(in.decimal());
            BigDecimal list = strip(in.decimal());
            BigDecimal effective = strip(in.decimal());
            BigDecimal billed = strip(in.decimal());
            String currency = strings.read(in);
            BigDecimal fx = in.decimal();
            long sprint = in.varint();
            WorkTags tags = new WorkTags(strings.read(in), strings.read(in), strings.read(in), strings.read(in),
                    strings.read(in), strings.read(in), map(in, strings), map(in, strings));
            BillingLine line = new BillingLine(row, LocalDate.ofEpochDay(day), vendor, product, sku, model, unit,
                    tt == 0 ? null : TOKEN_TYPES[tt - 1], quantity, tokens, list, effective, billed, currency, tags);
            consumer.accept(new StoredLine(id++, batchId, line, epicKeys.read(ep), sprint == 0 ? null : sprint - 1,
                    fx == null ? null : fx.setScale(FX_SCALE, RoundingMode.UNNECESSARY)));
        }
    }

    private static Bytes.In open(byte[] data) {
        Bytes.In in = new Bytes.In(data);
        int format = in.byte1();
        if (format != FORMAT) {
            throw new StoreException("A stored block of billing lines has format " + format + "; this version of Envelope reads "
                    + FORMAT + ". Was the database written by a newer Envelope?");
        }
        return in;
    }

    private static Map<String, String> map(Bytes.In in, BlockStrings.Strings strings) {
        int n = in.varintInt();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(strings.read(in), strings.read(in));
        }
        return m;
    }

    /** An amount as the store returns it: without trailing zeros (null stays null). */
    static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
