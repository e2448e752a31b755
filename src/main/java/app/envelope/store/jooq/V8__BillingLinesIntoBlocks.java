package app.envelope.store.jooq;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Schema version 8: moves the lines of version 6's {@code billing_line_stored} into the blocks and
 * sums of V7, batch by batch, in Flyway's transaction (all or nothing); V9 then drops the old table.
 * Lines of imports that never finished are dropped with their batches, as opening the store would.
 * A Java migration because the blocks are encoded by {@link LineBlock}; registered in
 * {@link H2Store#open}.
 */
final class V8__BillingLinesIntoBlocks extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };
    private static final String SELECT = "SELECT BATCH_ID, ROW_NUMBER, CHARGE_DATE, VENDOR, PRODUCT, SKU, MODEL, UNIT,"
            + " TOKEN_TYPE, QUANTITY, TOKENS, LIST_COST, EFFECTIVE_COST, BILLED_COST, CURRENCY, FX_RATE, PROJECT, REPOSITORY,"
            + " WORKSPACE, API_KEY_NAME, COST_CENTER, USER_NAME, RAW_TAGS, EXTRA, EPIC_KEY, SPRINT_ID"
            + " FROM BILLING_LINE_STORED ORDER BY BATCH_ID, ID";
    private long linesMoved;

    /** How many lines this migration moved (0 when it did not run, or found none). */
    long linesMoved() {
        return linesMoved;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection c = context.getConnection();
        DSLContext dsl = DSL.using(c, SQLDialect.H2);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM BILLING_LINE_STORED WHERE BATCH_ID IN (SELECT ID FROM IMPORT_BATCH WHERE IMPORTING)");
            s.executeUpdate("DELETE FROM IMPORT_BATCH WHERE IMPORTING");
        }
        try (PreparedStatement insert = c.prepareStatement(BlockRows.INSERT);
             Statement query = c.createStatement();
             ResultSet rs = query.executeQuery(SELECT)) {
            long batch = -1;
            BlockRows blocks = null;
            BatchSums sums = null;
            while (rs.next()) {
                long batchId = rs.getLong("BATCH_ID");
                if (batchId != batch) {
                    finish(dsl, batch, blocks, sums);
                    batch = batchId;
                    sums = new BatchSums();
                    blocks = new BlockRows(insert, batchId, sums, false);
                }
                blocks.accept(line(rs, batchId));
                linesMoved++;
            }
            finish(dsl, batch, blocks, sums);
        }
    }

    private static void finish(DSLContext dsl, long batchId, BlockRows blocks, BatchSums sums) {
        if (blocks != null) {
            blocks.flush();
            sums.store(dsl, batchId);
        }
    }

    private static StoredLine line(ResultSet rs, long batchId) throws SQLException, IOException {
        String tt = rs.getString("TOKEN_TYPE");
        WorkTags tags = new WorkTags(rs.getString("PROJECT"), rs.getString("REPOSITORY"), rs.getString("WORKSPACE"),
                rs.getString("API_KEY_NAME"), rs.getString("COST_CENTER"), rs.getString("USER_NAME"),
                map(rs.getString("RAW_TAGS")), map(rs.getString("EXTRA")));
        BillingLine line = new BillingLine(rs.getLong("ROW_NUMBER"), rs.getObject("CHARGE_DATE", LocalDate.class),
                rs.getString("VENDOR"), rs.getString("PRODUCT"), rs.getString("SKU"), rs.getString("MODEL"),
                rs.getString("UNIT"), tt == null ? null : TokenType.valueOf(tt), amount(rs, "QUANTITY"), amount(rs, "TOKENS"),
                amount(rs, "LIST_COST"), amount(rs, "EFFECTIVE_COST"), amount(rs, "BILLED_COST"), rs.getString("CURRENCY"), tags);
        long sprint = rs.getLong("SPRINT_ID");
        Long sprintId = rs.wasNull() ? null : sprint;
        return new StoredLine(0, batchId, line, rs.getString("EPIC_KEY"), sprintId, rs.getBigDecimal("FX_RATE"));
    }


    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        return LineBlock.strip(rs.getBigDecimal(column));
    }

    private static Map<String, String> map(String json) throws IOException {
        return json == null ? Map.of() : JSON.readValue(json, MAP);
    }
}
