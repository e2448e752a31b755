package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.ATTRIBUTION_RULE;
import static app.envelope.store.jooq.gen.Tables.BILLING_BLOCK;
import static app.envelope.store.jooq.gen.Tables.BILLING_SPEND;
import static app.envelope.store.jooq.gen.Tables.BILLING_TAG_KEY;
import static app.envelope.store.jooq.gen.Tables.BILLING_USER;
import static app.envelope.store.jooq.gen.Tables.IMPORT_BATCH;

import app.envelope.domain.BillingLine;
import app.envelope.store.BillingRepository;
import app.envelope.store.SpendGroup;
import app.envelope.store.jooq.gen.tables.records.ImportBatchRecord;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.impl.DSL;

/**
 * {@link BillingRepository} over jOOQ: lines in compact blocks, their spend in sums (V7, decision
 * 0020); blocks are written with plain JDBC.
 */
final class JooqBillingRepository implements BillingRepository {
    private final DSLContext dsl;
    private final SpendQueries queries;

    JooqBillingRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.queries = new SpendQueries(dsl);
    }

    @Override
    public Batch importBatch(String fileName, String sha256, Long fileBytes, Function<Consumer<StoredLine>, Summary> reading) {
        // The batch is committed first, marked importing: no query reads its blocks, and its sums come last.
        // Without a hash yet, it holds a unique stand-in (never a hash: not 64 hex digits) until the flip.
        String held = sha256 != null ? sha256 : "importing " + java.util.UUID.randomUUID();
        long batchId = dsl.transactionResult(() -> dsl.insertInto(IMPORT_BATCH, IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.SHA256,
                        IMPORT_BATCH.FORMAT_ID, IMPORT_BATCH.FORMAT_NAME, IMPORT_BATCH.IMPORTED_AT, IMPORT_BATCH.ROWS_READ,
                        IMPORT_BATCH.ROWS_IMPORTED, IMPORT_BATCH.ROWS_REJECTED, IMPORT_BATCH.TOTAL_EFFECTIVE,
                        IMPORT_BATCH.IMPORTING)
                .values(fileName, held, "reading", "reading", LocalDateTime.now(ZoneOffset.UTC), 0L, 0L, 0L,
                        BigDecimal.ZERO, true)
                .returningResult(IMPORT_BATCH.ID).fetchOne().value1());
        try {
            BatchSums sums = new BatchSums();
            Summary summary = dsl.connectionResult(c -> {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(BlockRows.INSERT)) {
                    BlockRows blocks = new BlockRows(ps, batchId, sums, true);
                    Summary s = reading.apply(blocks);
                    blocks.flush();
                    return s;
                } catch (RuntimeException | SQLException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            });
            // The flip: the file's sums appear, and its blocks become readable, in this one transaction.
            String sha = sha256 != null ? sha256 : summary.sha256();
            if (sha == null) {
                throw new IllegalArgumentException("The import of " + fileName + " gave no SHA-256, before or after reading");
            }
            return dsl.transactionResult(() -> {
                sums.store(dsl, batchId);
                dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.SHA256, sha).set(IMPORT_BATCH.FILE_BYTES, fileBytes)
                        .set(IMPORT_BATCH.FORMAT_ID, summary.formatId())
                        .set(IMPORT_BATCH.FORMAT_NAME, summary.formatName()).set(IMPORT_BATCH.ROWS_READ, summary.rowsRead())
                        .set(IMPORT_BATCH.ROWS_IMPORTED, summary.rowsImported())
                        .set(IMPORT_BATCH.ROWS_REJECTED, summary.rowsRejected())
                        .set(IMPORT_BATCH.TOTAL_LIST, summary.totalList())
                        .set(IMPORT_BATCH.TOTAL_EFFECTIVE, summary.totalEffective())
                        .set(IMPORT_BATCH.TOTAL_BILLED, summary.totalBilled()).set(IMPORT_BATCH.CURRENCY, summary.currency())
                        .set(IMPORT_BATCH.IMPORTING, false)
                        .where(IMPORT_BATCH.ID.eq(batchId)).execute();
                return batch(batchId).orElseThrow();
            });
        } catch (RuntimeException | Error e) {
            discard(batchId, e);
            throw e;
        }
    }

    /**
     * Deletes the blocks an unfinished import committed, and its batch. They were never read. If
     * this fails too (the store closed under us), {@link #sweepUnfinished()} deletes them when the
     * store is next opened.
     */
    private void discard(long batchId, Throwable cause) {
        try {
            dsl.transaction(() -> deleteBatchRows(List.of(batchId)));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Deletes batches and everything stored for them (in the caller's transaction); returns how many batches. */
    private int deleteBatchRows(List<Long> batchIds) {
        dsl.deleteFrom(BILLING_BLOCK).where(BILLING_BLOCK.BATCH_ID.in(batchIds)).execute();
        dsl.deleteFrom(BILLING_SPEND).where(BILLING_SPEND.BATCH_ID.in(batchIds)).execute();
        dsl.deleteFrom(BILLING_USER).where(BILLING_USER.BATCH_ID.in(batchIds)).execute();
        dsl.deleteFrom(BILLING_TAG_KEY).where(BILLING_TAG_KEY.BATCH_ID.in(batchIds)).execute();
        return dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.in(batchIds)).execute();
    }

    private static void rollbackQuietly(java.sql.Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Deletes what imports that never finished left behind (the process was killed, or the store
     * failed while an import was discarding its blocks): batches still marked importing, and their
     * blocks. Called when the store is opened, before anything else can use it. Returns how many
     * batches were swept.
     */
    int sweepUnfinished() {
        return dsl.transactionResult(() -> {
            List<Long> unfinished = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.IMPORTING).fetch(IMPORT_BATCH.ID);
            return unfinished.isEmpty() ? 0 : deleteBatchRows(unfinished);
        });
    }

    private Optional<Batch> batch(long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptional(JooqBillingRepository::toBatch);
    }

    private static Batch toBatch(ImportBatchRecord r) {
        return new Batch(r.getId(), r.getFileName(), r.getSha256(), r.getFormatId(), r.getFormatName(),
                r.getImportedAt().toInstant(ZoneOffset.UTC), r.getRowsRead(), r.getRowsImported(), r.getRowsRejected(),
                r.getTotalList(), r.getTotalEffective(), r.getTotalBilled(), r.getCurrency());
    }

    @Override
    public Optional<Batch> batchBySha(String sha256) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.SHA256.eq(sha256)).and(IMPORT_BATCH.IMPORTING.isFalse())
                .fetchOptional(JooqBillingRepository::toBatch);
    }

    @Override
    public boolean mayHoldFileOfSize(long bytes) {
        return dsl.fetchExists(IMPORT_BATCH, IMPORT_BATCH.IMPORTING.isFalse()
                .and(IMPORT_BATCH.FILE_BYTES.eq(bytes).or(IMPORT_BATCH.FILE_BYTES.isNull())));
    }

    @Override
    public List<Batch> batches() {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.IMPORTING.isFalse()).orderBy(IMPORT_BATCH.ID).fetch(JooqBillingRepository::toBatch);
    }

    @Override
    public boolean deleteBatch(long batchId) {
        return dsl.transactionResult(() -> {
            Condition finished = IMPORT_BATCH.ID.eq(batchId).and(IMPORT_BATCH.IMPORTING.isFalse());
            if (!dsl.fetchExists(IMPORT_BATCH, finished)) {
                return false; // an import still running owns its batch
            }
            return deleteBatchRows(List.of(batchId)) > 0;
        });
    }

    /** Blocks of complete batches (of one, or all when null), in import order. */
    private Condition readable(Long batchId) {
        return BILLING_BLOCK.BATCH_ID.in(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.IMPORTING.isFalse()))
                .and(batchId == null ? DSL.noCondition() : BILLING_BLOCK.BATCH_ID.eq(batchId));
    }

    /** Each line's id is its position in its batch, from 1. */
    @Override
    public void forEachLine(Long batchId, Consumer<StoredLine> consumer) {
        try (Cursor<Record5<Long, Integer, Integer, byte[], byte[]>> cursor = dsl.select(BILLING_BLOCK.BATCH_ID,
                        BILLING_BLOCK.SEQ, BILLING_BLOCK.LINE_COUNT, BILLING_BLOCK.LINES, BILLING_BLOCK.EPICS)
                .from(BILLING_BLOCK).where(readable(batchId)).orderBy(BILLING_BLOCK.BATCH_ID, BILLING_BLOCK.SEQ)
                .fetchSize(4).fetchLazy()) {
            long batch = -1;
            long next = 1;
            for (Record5<Long, Integer, Integer, byte[], byte[]> r : cursor) {
                if (r.value1() != batch) {
                    batch = r.value1();
                    next = 1;
                }
                LineBlock.decode(r.value4(), r.value5(), batch, next, consumer);
                next += r.value3();
            }
        }
    }

    /**
     * Block by block: decodes the lines, asks each its epic, rewrites the epics of the blocks where
     * one changed, and sums every batch again; all in one transaction.
     */
    @Override
    public long reattribute(Function<BillingLine, String> epicOf) {
        return dsl.transactionResult(() -> {
            List<Record3<Long, Integer, Integer>> blocks = dsl.select(BILLING_BLOCK.BATCH_ID, BILLING_BLOCK.SEQ,
                    BILLING_BLOCK.LINE_COUNT).from(BILLING_BLOCK).where(readable(null))
                    .orderBy(BILLING_BLOCK.BATCH_ID, BILLING_BLOCK.SEQ).fetch();
            long changed = 0;
            long batch = -1;
            BatchSums sums = null;
            for (Record3<Long, Integer, Integer> b : blocks) {
                if (b.value1() != batch) {
                    if (sums != null) {
                        sums.store(dsl, batch);
                    }
                    batch = b.value1();
                    sums = new BatchSums();
                }
                Condition block = BILLING_BLOCK.BATCH_ID.eq(batch).and(BILLING_BLOCK.SEQ.eq(b.value2()));
                var data = dsl.select(BILLING_BLOCK.LINES, BILLING_BLOCK.EPICS).from(BILLING_BLOCK).where(block).fetchOne();
                List<String> epics = new ArrayList<>(b.value3());
                long[] moved = {0};
                BatchSums into = sums;
                LineBlock.decode(data.value1(), data.value2(), batch, 0, l -> {
                    String epic = epicOf.apply(l.line());
                    if (!Objects.equals(epic, l.epicKey())) {
                        moved[0]++;
                    }
                    epics.add(epic);
                    into.add(new StoredLine(l.id(), l.batchId(), l.line(), epic, l.sprintId(), l.fxRate()));
                });
                if (moved[0] > 0) {
                    dsl.update(BILLING_BLOCK).set(BILLING_BLOCK.EPICS, LineBlock.epics(epics)).where(block).execute();
                    changed += moved[0];
                }
            }
            if (sums != null) {
                sums.store(dsl, batch);
            }
            return changed;
        });
    }

    @Override
    public List<SpendGroup> spend(Long batchId, SpendGroup.By by) {
        return queries.spend(batchId, by);
    }

    @Override
    public List<SpendGroup> sprintSpend(long sprintId, SpendGroup.By by) {
        return queries.sprintSpend(sprintId, by);
    }

    @Override
    public List<FxUse> fxUsed(Long batchId) {
        return queries.fxUsed(batchId);
    }

    @Override
    public Span outsideSprints(Long batchId) {
        return queries.outsideSprints(batchId);
    }

    @Override
    public List<String> tagKeys() {
        return queries.tagKeys();
    }

    @Override
    public java.util.SortedMap<String, List<String>> usersByEpic() {
        return queries.usersByEpic();
    }

    @Override
    public List<RuleRow> rules() {
        return dsl.selectFrom(ATTRIBUTION_RULE).orderBy(ATTRIBUTION_RULE.POSITION, ATTRIBUTION_RULE.ID)
                .fetch(r -> new RuleRow(r.getPosition(), r.getField(), r.getOperator(), r.getRuleValue(), r.getEpicKey()));
    }

    @Override
    public void replaceRules(List<RuleRow> rules) {
        dsl.transaction(() -> {
            dsl.deleteFrom(ATTRIBUTION_RULE).execute();
            int pos = 1;
            for (RuleRow r : rules) {
                dsl.insertInto(ATTRIBUTION_RULE, ATTRIBUTION_RULE.POSITION, ATTRIBUTION_RULE.FIELD, ATTRIBUTION_RULE.OPERATOR,
                        ATTRIBUTION_RULE.RULE_VALUE, ATTRIBUTION_RULE.EPIC_KEY)
                        .values(pos++, r.field(), r.operator(), r.value(), r.epicKey()).execute();
            }
        });
    }
}
