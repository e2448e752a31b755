package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_SPEND;
import static app.envelope.store.jooq.gen.Tables.BILLING_TAG_KEY;
import static app.envelope.store.jooq.gen.Tables.BILLING_USER;

import app.envelope.domain.BillingLine;
import app.envelope.domain.TokenType;
import app.envelope.store.BillingRepository.StoredLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The {@code billing_spend}, {@code billing_user} and {@code billing_tag_key} rows of one batch,
 * summed as its lines are stored (V7). Each line counts at the values its block keeps (costs at
 * {@link LineBlock#COST_SCALE} places, the FX rate at {@link LineBlock#FX_SCALE}), so that a sum
 * times its FX rate is exactly the sum of the lines' cost times rate. Not thread-safe.
 */
final class BatchSums {
    private static final String SEPARATOR = " · ";
    private static final int INSERT_BATCH = 500;
    /** The work tags a source names, in order of preference, and how. */
    private static final int[] WORK = {LineBlock.REPOSITORY, LineBlock.PROJECT, LineBlock.WORKSPACE, LineBlock.API_KEY,
        LineBlock.COST_CENTER};
    private static final String[] WORK_NAMES = {"repository ", "project ", "workspace ", "API key ", "cost center "};

    /**
     * Everything a query groups or filters lines by. An unattributed line's source is kept as its
     * parts, the kind of work tag it names ({@code workKind}, an index into {@link #WORK}, or
     * {@code WORK.length} for none) and its value, and spelt out once per group when stored; an
     * attributed line has {@code workKind} -1.
     */
    private record Key(Long sprintId, String epicKey, String vendor, String product, String sku, String model, String unit,
                       TokenType tokenType, String currency, BigDecimal fxRate, int workKind, String work, boolean hasTokens,
                       boolean hasList) {
        // Written out: the record's own equals and hashCode go through method handles, per field, that
        // the JIT does not inline for this many fields; a million lines look their key up each.
        @Override
        public int hashCode() {
            int h = Objects.hashCode(sprintId);
            h = 31 * h + Objects.hashCode(epicKey);
            h = 31 * h + Objects.hashCode(vendor);
            h = 31 * h + Objects.hashCode(product);
            h = 31 * h + Objects.hashCode(sku);
            h = 31 * h + Objects.hashCode(model);
            h = 31 * h + Objects.hashCode(unit);
            h = 31 * h + Objects.hashCode(tokenType);
            h = 31 * h + Objects.hashCode(currency);
            h = 31 * h + Objects.hashCode(fxRate);
            h = 31 * h + workKind;
            h = 31 * h + Objects.hashCode(work);
            return 4 * h + (hasTokens ? 2 : 0) + (hasList ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && workKind == k.workKind && hasTokens == k.hasTokens && hasList == k.hasList
                    && tokenType == k.tokenType && Objects.equals(sprintId, k.sprintId) && Objects.equals(epicKey, k.epicKey)
                    && Objects.equals(vendor, k.vendor) && Objects.equals(product, k.product) && Objects.equals(sku, k.sku)
                    && Objects.equals(model, k.model) && Objects.equals(unit, k.unit) && Objects.equals(currency, k.currency)
                    && Objects.equals(fxRate, k.fxRate) && Objects.equals(work, k.work);
        }

        String source() {
            if (workKind < 0) {
                return null;
            }
            String named = product != null ? product : model != null ? model : sku;
            return vendor + SEPARATOR + (named == null ? "" : named + SEPARATOR)
                    + (work == null ? "no work tags" : WORK_NAMES[workKind] + work);
        }
    }

    private record User(String epicKey, String name) {
    }

    /** One group's running sums; each stays null until a line has a value for it (as SQL's SUM). */
    private static final class Sum {
        private long lines;
        private BigDecimal tokens;
        private BigDecimal list;
        private BigDecimal effective;
        private BigDecimal billed;
        private LocalDate first;
        private LocalDate last;

        void add(BillingLine l) {
            lines++;
            tokens = plus(tokens, LineBlock.stored(l.tokens(), LineBlock.TOKEN_SCALE));
            list = plus(list, LineBlock.stored(l.listCost(), LineBlock.COST_SCALE));
            effective = plus(effective, LineBlock.stored(l.effectiveCost(), LineBlock.COST_SCALE));
            billed = plus(billed, LineBlock.stored(l.billedCost(), LineBlock.COST_SCALE));
            LocalDate day = l.chargeDate();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal v) {
            return v == null ? sum : sum == null ? v : sum.add(v);
        }
    }

    private final Map<Key, Sum> sums = new HashMap<>();
    private final Set<User> users = new HashSet<>();
    private final Set<String> tagKeys = new HashSet<>();
    private BigDecimal lastFx;
    private BigDecimal lastFxKept;

    void add(StoredLine s) {
        add(s, LineBlock.fields(s.line()));
    }

    /** Adds a line whose string fields are given by slot ({@link LineBlock#fields}, or as an encoder kept them). */
    void add(StoredLine s, String[] f) {
        BillingLine l = s.line();
        String epic = s.epicKey();
        int workKind = epic == null ? workKind(f) : -1;
        Key key = new Key(s.sprintId(), epic, f[LineBlock.VENDOR], f[LineBlock.PRODUCT], f[LineBlock.SKU], f[LineBlock.MODEL],
                f[LineBlock.UNIT], l.tokenType(), f[LineBlock.CURRENCY], fx(s.fxRate()), workKind,
                workKind >= 0 && workKind < WORK.length ? f[WORK[workKind]] : null, l.tokens() != null, l.listCost() != null);
        sums.computeIfAbsent(key, k -> new Sum()).add(l);
        String user = f[LineBlock.USER];
        if (epic != null && user != null && !user.isBlank()) {
            users.add(new User(epic, user.trim()));
        }
        Map<String, String> raw = l.tags().raw();
        if (!raw.isEmpty()) {
            tagKeys.addAll(raw.keySet());
        }
    }

    /** The rate as its block keeps it, without trailing zeros so that 1.085 and 1.0850 are one group. */
    private BigDecimal fx(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        if (rate != lastFx) {
            lastFx = rate;
            lastFxKept = LineBlock.stored(rate, LineBlock.FX_SCALE).stripTrailingZeros();
        }
        return lastFxKept;
    }

    /**
     * Where unattributed spend comes from, for the work it paid for ({@link Key#source()}): {@code
     * vendor · product · repository name}, the product falling back to the model then the SKU, the
     * work tag being the first of repository, project, workspace, API key name and cost center,
     * named ({@code no work tags} when none). Never the user: budgets are on work, not on people.
     * Returns which work tag, by its index in {@link #WORK}, or {@code WORK.length} for none.
     */
    private static int workKind(String[] f) {
        for (int i = 0; i < WORK.length; i++) {
            if (f[WORK[i]] != null) {
                return i;
            }
        }
        return WORK.length;
    }

    /** Replaces the batch's sums, users and tag keys with these (in the caller's transaction). */
    void store(DSLContext dsl, long batchId) {
        dsl.deleteFrom(BILLING_SPEND).where(BILLING_SPEND.BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(BILLING_USER).where(BILLING_USER.BATCH_ID.eq(batchId)).execute();
        dsl.deleteFrom(BILLING_TAG_KEY).where(BILLING_TAG_KEY.BATCH_ID.eq(batchId)).execute();
        BatchBindStep spend = spendInsert(dsl);
        int pending = 0;
        for (Map.Entry<Key, Sum> e : sums.entrySet()) {
            Key k = e.getKey();
            Sum s = e.getValue();
            spend.bind(batchId, k.sprintId(), k.epicKey(), k.vendor(), k.product(), k.sku(), k.model(), k.unit(),
                    k.tokenType() == null ? null : k.tokenType().name(), k.currency(), k.fxRate(), k.source(),
                    k.hasTokens(), k.hasList(), s.lines, s.tokens, s.list, s.effective, s.billed, s.first, s.last);
            if (++pending == INSERT_BATCH) {
                spend.execute();
                spend = spendInsert(dsl);
                pending = 0;
            }
        }
        if (pending > 0) {
            spend.execute();
        }
        if (!users.isEmpty()) {
            BatchBindStep step = dsl.batch(dsl.insertInto(BILLING_USER, BILLING_USER.BATCH_ID, BILLING_USER.EPIC_KEY,
                    BILLING_USER.USER_NAME).values((Long) null, null, null));
            users.forEach(u -> step.bind(batchId, u.epicKey(), u.name()));
            step.execute();
        }
        if (!tagKeys.isEmpty()) {
            BatchBindStep step = dsl.batch(dsl.insertInto(BILLING_TAG_KEY, BILLING_TAG_KEY.BATCH_ID, BILLING_TAG_KEY.TAG_KEY)
                    .values((Long) null, null));
            tagKeys.forEach(k -> step.bind(batchId, k));
            step.execute();
        }
    }

    private static BatchBindStep spendInsert(DSLContext dsl) {
        return dsl.batch(dsl.insertInto(BILLING_SPEND, BILLING_SPEND.BATCH_ID, BILLING_SPEND.SPRINT_ID, BILLING_SPEND.EPIC_KEY,
                        BILLING_SPEND.VENDOR, BILLING_SPEND.PRODUCT, BILLING_SPEND.SKU, BILLING_SPEND.MODEL, BILLING_SPEND.UNIT,
                        BILLING_SPEND.TOKEN_TYPE, BILLING_SPEND.CURRENCY, BILLING_SPEND.FX_RATE, BILLING_SPEND.SOURCE_KEY,
                        BILLING_SPEND.HAS_TOKENS, BILLING_SPEND.HAS_LIST, BILLING_SPEND.LINE_COUNT, BILLING_SPEND.TOKENS,
                        BILLING_SPEND.LIST_COST, BILLING_SPEND.EFFECTIVE_COST, BILLING_SPEND.BILLED_COST,
                        BILLING_SPEND.FIRST_DATE, BILLING_SPEND.LAST_DATE)
                .values(java.util.Collections.nCopies(21, null)));
    }
}
