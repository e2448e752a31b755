package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_LINE;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import org.jooq.Record;

/** Writes canonical billing lines as JDBC batches and reads them back, tags and kept columns as JSON. */
final class LineRows {
    static final String INSERT = "INSERT INTO BILLING_LINE_STORED (BATCH_ID, ROW_NUMBER, CHARGE_DATE, VENDOR, PRODUCT, SKU, MODEL,"
            + " UNIT, TOKEN_TYPE, QUANTITY, TOKENS, LIST_COST, EFFECTIVE_COST, BILLED_COST, CURRENCY, FX_RATE, PROJECT,"
            + " REPOSITORY, WORKSPACE, API_KEY_NAME, COST_CENTER, USER_NAME, RAW_TAGS, EXTRA, EPIC_KEY, SPRINT_ID)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private final PreparedStatement ps;
    private final long batchId;
    private final int batchSize;
    private final int commitEvery;
    private int pending;
    private int uncommitted;

    /**
     * Lines of one batch, sent in JDBC batches of {@code batchSize} and committed every
     * {@code commitEvery} lines (the statement's connection must not auto-commit).
     */
    LineRows(PreparedStatement ps, long batchId, int batchSize, int commitEvery) {
        this.ps = ps;
        this.batchId = batchId;
        this.batchSize = batchSize;
        this.commitEvery = commitEvery;
    }

    void add(StoredLine s) {
        BillingLine l = s.line();
        WorkTags t = l.tags();
        try {
            int i = 1;
            ps.setLong(i++, batchId);
            ps.setLong(i++, l.rowNumber());
            ps.setObject(i++, l.chargeDate()); // H2 takes a LocalDate as it is (no time zone arithmetic)
            ps.setString(i++, l.vendor());
            ps.setString(i++, l.product());
            ps.setString(i++, l.sku());
            ps.setString(i++, l.model());
            ps.setString(i++, l.unit());
            ps.setString(i++, l.tokenType() == null ? null : l.tokenType().name());
            ps.setBigDecimal(i++, l.quantity());
            ps.setBigDecimal(i++, l.tokens());
            ps.setBigDecimal(i++, l.listCost());
            ps.setBigDecimal(i++, l.effectiveCost());
            ps.setBigDecimal(i++, l.billedCost());
            ps.setString(i++, l.currency());
            ps.setBigDecimal(i++, s.fxRate());
            ps.setString(i++, t.project());
            ps.setString(i++, t.repository());
            ps.setString(i++, t.workspace());
            ps.setString(i++, t.apiKeyName());
            ps.setString(i++, t.costCenter());
            ps.setString(i++, t.user());
            ps.setString(i++, t.raw().isEmpty() ? null : json(t.raw()));
            ps.setString(i++, t.extra().isEmpty() ? null : json(t.extra()));
            ps.setString(i++, s.epicKey());
            if (s.sprintId() == null) {
                ps.setNull(i, Types.BIGINT);
            } else {
                ps.setLong(i, s.sprintId());
            }
            ps.addBatch();
            if (++pending >= batchSize) {
                flush();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store billing row " + l.rowNumber() + ": " + e.getMessage(), e);
        }
    }

    void flush() {
        if (pending == 0) {
            return;
        }
        try {
            ps.executeBatch();
            uncommitted += pending;
            pending = 0;
            if (uncommitted >= commitEvery) {
                ps.getConnection().commit();
                uncommitted = 0;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store billing rows: " + e.getMessage(), e);
        }
    }

    static StoredLine read(Record r) {
        String tt = r.get(BILLING_LINE.TOKEN_TYPE);
        WorkTags tags = new WorkTags(r.get(BILLING_LINE.PROJECT), r.get(BILLING_LINE.REPOSITORY), r.get(BILLING_LINE.WORKSPACE),
                r.get(BILLING_LINE.API_KEY_NAME), r.get(BILLING_LINE.COST_CENTER), r.get(BILLING_LINE.USER_NAME),
                map(r.get(BILLING_LINE.RAW_TAGS)), map(r.get(BILLING_LINE.EXTRA)));
        BillingLine line = new BillingLine(r.get(BILLING_LINE.ROW_NUMBER), r.get(BILLING_LINE.CHARGE_DATE),
                r.get(BILLING_LINE.VENDOR), r.get(BILLING_LINE.PRODUCT), r.get(BILLING_LINE.SKU), r.get(BILLING_LINE.MODEL),
                r.get(BILLING_LINE.UNIT), tt == null ? null : TokenType.valueOf(tt), strip(r.get(BILLING_LINE.QUANTITY)),
                strip(r.get(BILLING_LINE.TOKENS)), strip(r.get(BILLING_LINE.LIST_COST)),
                strip(r.get(BILLING_LINE.EFFECTIVE_COST)), strip(r.get(BILLING_LINE.BILLED_COST)),
                r.get(BILLING_LINE.CURRENCY), tags);
        return new StoredLine(r.get(BILLING_LINE.ID), r.get(BILLING_LINE.BATCH_ID), line, r.get(BILLING_LINE.EPIC_KEY),
                r.get(BILLING_LINE.SPRINT_ID), r.get(BILLING_LINE.FX_RATE));
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    /**
     * A flat map of strings as a JSON object, written by hand: the import writes one or two per line,
     * and Jackson's general machinery cost ~4% of the insert time. Read back with Jackson.
     */
    static String json(Map<String, String> m) {
        StringBuilder b = new StringBuilder(32 * m.size() + 2).append('{');
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (b.length() > 1) b.append(',');
            quote(b, e.getKey());
            b.append(':');
            if (e.getValue() == null) b.append("null");
            else quote(b, e.getValue());
        }
        return b.append('}').toString();
    }

    private static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }

    private static Map<String, String> map(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("Stored tags are not readable: " + e.getMessage(), e);
        }
    }
}
