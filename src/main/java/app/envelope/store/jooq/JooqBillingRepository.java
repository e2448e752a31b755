package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.ATTRIBUTION_RULE;
import static app.envelope.store.jooq.gen.Tables.BILLING_LINE;
import static app.envelope.store.jooq.gen.Tables.BILLING_LINE_STORED;
import static app.envelope.store.jooq.gen.Tables.IMPORT_BATCH;
import static app.envelope.store.jooq.gen.Tables.SPRINT;

import app.envelope.domain.BillingLine;
import app.envelope.store.BillingRepository;
import app.envelope.store.SpendGroup;
import app.envelope.store.jooq.gen.tables.records.ImportBatchRecord;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** {@link BillingRepository} over jOOQ; lines are inserted with plain JDBC batches for speed. */
final class JooqBillingRepository implements BillingRepository {
    private static final int BATCH = 1_000;
    /**
     * An import commits its lines every this many, each JDBC batch (see
     * V6__billing_line_complete_batches.sql). Measured on a million lines: one transaction took ~36 to
     * 40 s of CPU (its commit alone 10 s of wall time); commits every 20,000 lines, 42 to 44 s; every
     * 5,000, 39 s; every 1,000 (or 500, 2,000), 28 to 32 s, with half the garbage collection and half
     * the page writing: H2 keeps a transaction's changed pages and undo log until it ends.
     */
    static final int COMMIT_EVERY = 1_000;
    private final DSLContext dsl;

    JooqBillingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Batch importBatch(String fileName, String sha256, Function<Consumer<StoredLine>, Summary> reading) {
        // The batch is committed first, marked importing: the billing_line view hides its lines.
        long batchId = dsl.transactionResult(() -> dsl.insertInto(IMPORT_BATCH, IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.SHA256,
                        IMPORT_BATCH.FORMAT_ID, IMPORT_BATCH.FORMAT_NAME, IMPORT_BATCH.IMPORTED_AT, IMPORT_BATCH.ROWS_READ,
                        IMPORT_BATCH.ROWS_IMPORTED, IMPORT_BATCH.ROWS_REJECTED, IMPORT_BATCH.TOTAL_EFFECTIVE,
                        IMPORT_BATCH.IMPORTING)
                .values(fileName, sha256, "reading", "reading", LocalDateTime.now(ZoneOffset.UTC), 0L, 0L, 0L,
                        BigDecimal.ZERO, true)
                .returningResult(IMPORT_BATCH.ID).fetchOne().value1());
        try {
            Summary summary = dsl.connectionResult(c -> {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement(LineRows.INSERT)) {
                    LineRows rows = new LineRows(ps, batchId, BATCH, COMMIT_EVERY);
                    Summary s = reading.apply(rows::add);
                    rows.flush();
                    c.commit();
                    return s;
                } catch (RuntimeException | SQLException | Error e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            });
            // The flip: all of the file's lines become visible in this one transaction.
            Batch batch = dsl.transactionResult(() -> {
                dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.FORMAT_ID, summary.formatId())
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
            return batch;
        } catch (RuntimeException | Error e) {
            discard(batchId, e);
            throw e;
        }
    }

    /**
     * Deletes the lines an unfinished import committed, and its batch. They were never visible. If
     * this fails too (the store closed under us), {@link #sweepUnfinished()} deletes them when the
     * store is next opened.
     */
    private void discard(long batchId, Throwable cause) {
        try {
            dsl.transaction(() -> {
                dsl.deleteFrom(BILLING_LINE_STORED).where(BILLING_LINE_STORED.BATCH_ID.eq(batchId)).execute();
                dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batchId)).execute();
            });
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
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
     * failed while an import was discarding its lines): batches still marked importing, and their
     * lines. Called when the store is opened, before anything else can use it. Returns how many
     * batches were swept.
     */
    int sweepUnfinished() {
        return dsl.transactionResult(() -> {
            List<Long> unfinished = dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.IMPORTING).fetch(IMPORT_BATCH.ID);
            if (unfinished.isEmpty()) {
                return 0;
            }
            dsl.deleteFrom(BILLING_LINE_STORED).where(BILLING_LINE_STORED.BATCH_ID.in(unfinished)).execute();
            return dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.in(unfinished)).execute();
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
            dsl.deleteFrom(BILLING_LINE_STORED).where(BILLING_LINE_STORED.BATCH_ID.eq(batchId)).execute();
            return dsl.deleteFrom(IMPORT_BATCH).where(finished).execute() > 0;
        });
    }

    @Override
    public void forEachLine(Long batchId, Consumer<StoredLine> consumer) {
        try (Cursor<Record> cursor = dsl.select().from(BILLING_LINE)
                .where(batchId == null ? DSL.noCondition() : BILLING_LINE.BATCH_ID.eq(batchId))
                .orderBy(BILLING_LINE.ID).fetchSize(1_000).fetchLazy()) {
            for (Record r : cursor) {
                consumer.accept(LineRows.read(r));
            }
        }
    }

    @Override
    public long reattribute(Function<BillingLine, String> epicOf) {
        return dsl.transactionResult(() -> dsl.connectionResult(c -> {
            long changed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE BILLING_LINE_STORED SET EPIC_KEY = ? WHERE ID = ?")) {
                long[] counts = {0, 0};
                forEachLine(null, l -> {
                    String epic = epicOf.apply(l.line());
                    if (!java.util.Objects.equals(epic, l.epicKey())) {
                        try {
                            ps.setString(1, epic);
                            ps.setLong(2, l.id());
                            ps.addBatch();
                            counts[0]++;
                            if (++counts[1] == BATCH) {
                                ps.executeBatch();
                                counts[1] = 0;
                            }
                        } catch (SQLException e) {
                            throw new app.envelope.store.StoreException("Cannot re-attribute billing lines: " + e.getMessage(), e);
                        }
                    }
                });
                changed = counts[0];
                int pending = (int) counts[1];
                if (pending > 0) {
                    ps.executeBatch();
                }
            } catch (SQLException e) {
                throw new app.envelope.store.StoreException("Cannot re-attribute billing lines: " + e.getMessage(), e);
            }
            return changed;
        }));
    }

    @Override
    public List<SpendGroup> spend(Long batchId, SpendGroup.By by) {
        return spend(batchId == null ? DSL.noCondition() : BILLING_LINE.BATCH_ID.eq(batchId), by);
    }

    @Override
    public List<SpendGroup> sprintSpend(long sprintId, SpendGroup.By by) {
        return spend(BILLING_LINE.SPRINT_ID.eq(sprintId), by);
    }

    private List<SpendGroup> spend(Condition condition, SpendGroup.By by) {
        Field<String> key = switch (by) {
            case EPIC -> DSL.coalesce(BILLING_LINE.EPIC_KEY, DSL.inline(SpendGroup.UNATTRIBUTED));
            case SPRINT -> DSL.coalesce(SPRINT.NAME, DSL.inline(SpendGroup.OUTSIDE_SPRINTS));
            case UNATTRIBUTED_SOURCE -> sourceKey();
        };
        Field<BigDecimal> list = DSL.sum(BILLING_LINE.LIST_COST.mul(BILLING_LINE.FX_RATE));
        Field<BigDecimal> eff = DSL.sum(BILLING_LINE.EFFECTIVE_COST.mul(BILLING_LINE.FX_RATE));
        Field<BigDecimal> billed = DSL.sum(BILLING_LINE.BILLED_COST.mul(BILLING_LINE.FX_RATE));
        Condition where = condition;
        if (by == SpendGroup.By.UNATTRIBUTED_SOURCE) {
            where = where.and(BILLING_LINE.EPIC_KEY.isNull());
        }
        return dsl.select(key, DSL.count(), list, eff, billed).from(BILLING_LINE)
                .leftJoin(SPRINT).on(SPRINT.ID.eq(BILLING_LINE.SPRINT_ID))
                .where(where).groupBy(key).orderBy(eff.desc())
                .fetch(r -> new SpendGroup(r.value1(), r.value2(), strip(r.value3()), strip(r.value4()), strip(r.value5())));
    }

    /**
     * Where unattributed spend comes from, for the work it paid for: vendor, product (or model), and
     * the first of repository, project, workspace, API key name and cost center, named. Never the
     * user: budgets are on work, not on people.
     */
    private static Field<String> sourceKey() {
        Field<String> product = DSL.coalesce(BILLING_LINE.PRODUCT, BILLING_LINE.MODEL, BILLING_LINE.SKU);
        Field<String> work = DSL.when(BILLING_LINE.REPOSITORY.isNotNull(), labelled("repository ", BILLING_LINE.REPOSITORY))
                .when(BILLING_LINE.PROJECT.isNotNull(), labelled("project ", BILLING_LINE.PROJECT))
                .when(BILLING_LINE.WORKSPACE.isNotNull(), labelled("workspace ", BILLING_LINE.WORKSPACE))
                .when(BILLING_LINE.API_KEY_NAME.isNotNull(), labelled("API key ", BILLING_LINE.API_KEY_NAME))
                .when(BILLING_LINE.COST_CENTER.isNotNull(), labelled("cost center ", BILLING_LINE.COST_CENTER))
                .otherwise(DSL.inline("no work tags"));
        return DSL.concat(BILLING_LINE.VENDOR, DSL.inline(" · "),
                DSL.when(product.isNotNull(), DSL.concat(product, DSL.inline(" · "))).otherwise(DSL.inline("")), work);
    }

    private static Field<String> labelled(String label, Field<String> value) {
        return DSL.concat(DSL.inline(label), value);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
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

    @Override
    public List<FxUse> fxUsed(Long batchId) {
        Condition where = batchId == null ? DSL.noCondition() : BILLING_LINE.BATCH_ID.eq(batchId);
        return dsl.select(BILLING_LINE.CURRENCY, BILLING_LINE.FX_RATE, DSL.min(BILLING_LINE.CHARGE_DATE),
                        DSL.max(BILLING_LINE.CHARGE_DATE), DSL.count())
                .from(BILLING_LINE).where(where).groupBy(BILLING_LINE.CURRENCY, BILLING_LINE.FX_RATE)
                .orderBy(BILLING_LINE.CURRENCY, DSL.min(BILLING_LINE.CHARGE_DATE))
                .fetch(r -> new FxUse(r.value1(), strip(r.value2()), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public Span outsideSprints(Long batchId) {
        Condition where = BILLING_LINE.SPRINT_ID.isNull()
                .and(batchId == null ? DSL.noCondition() : BILLING_LINE.BATCH_ID.eq(batchId));
        return dsl.select(DSL.count(), DSL.sum(BILLING_LINE.EFFECTIVE_COST.mul(BILLING_LINE.FX_RATE)),
                        DSL.min(BILLING_LINE.CHARGE_DATE), DSL.max(BILLING_LINE.CHARGE_DATE))
                .from(BILLING_LINE).where(where)
                .fetchOne(r -> new Span(r.value1(), r.value2() == null ? BigDecimal.ZERO : strip(r.value2()), r.value3(),
                        r.value4()));
    }

    @Override
    public List<String> tagKeys(int maxTagSets) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        dsl.selectDistinct(BILLING_LINE.RAW_TAGS).from(BILLING_LINE).where(BILLING_LINE.RAW_TAGS.isNotNull())
                .limit(maxTagSets).fetch(BILLING_LINE.RAW_TAGS)
                .forEach(json -> keys.addAll(tagKeysOf(json)));
        return List.copyOf(keys);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper TAGS_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The keys of one stored tag set (a JSON object); none when it cannot be read. */
    private static List<String> tagKeysOf(String json) {
        try {
            List<String> out = new java.util.ArrayList<>();
            TAGS_JSON.readTree(json).fieldNames().forEachRemaining(out::add);
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
    }

    @Override
    public java.util.SortedMap<String, List<String>> usersByEpic() {
        java.util.SortedMap<String, List<String>> result = new java.util.TreeMap<>();
        dsl.selectDistinct(BILLING_LINE.EPIC_KEY, DSL.trim(BILLING_LINE.USER_NAME)).from(BILLING_LINE)
                .where(BILLING_LINE.EPIC_KEY.isNotNull()).and(BILLING_LINE.USER_NAME.isNotNull())
                .and(DSL.trim(BILLING_LINE.USER_NAME).ne(""))
                .orderBy(BILLING_LINE.EPIC_KEY, DSL.trim(BILLING_LINE.USER_NAME))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>()).add(r.value2()));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }
}
