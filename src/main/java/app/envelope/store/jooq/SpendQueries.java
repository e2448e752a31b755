package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_SPEND;
import static app.envelope.store.jooq.gen.Tables.BILLING_TAG_KEY;
import static app.envelope.store.jooq.gen.Tables.BILLING_USER;
import static app.envelope.store.jooq.gen.Tables.SPRINT;

import app.envelope.store.BillingRepository.FxUse;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The billing questions the screens ask, answered from the per-batch sums ({@code billing_spend},
 * {@code billing_user}, {@code billing_tag_key}; V7, decision 0020), never from the lines: each
 * sum times its FX rate is exactly the sum of its lines' cost times rate.
 */
final class SpendQueries {
    private final DSLContext dsl;

    SpendQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SpendGroup> spend(Long batchId, SpendGroup.By by) {
        return spend(batchId == null ? DSL.noCondition() : BILLING_SPEND.BATCH_ID.eq(batchId), by);
    }

    List<SpendGroup> sprintSpend(long sprintId, SpendGroup.By by) {
        return spend(BILLING_SPEND.SPRINT_ID.eq(sprintId), by);
    }

    /** A sum of one cost column of billing_spend in the portfolio currency: each group's sum times its rate. */
    private static Field<BigDecimal> inPortfolio(Field<BigDecimal> cost) {
        return DSL.sum(cost.mul(BILLING_SPEND.FX_RATE));
    }

    private static long lines(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    private List<SpendGroup> spend(Condition condition, SpendGroup.By by) {
        Field<String> key = switch (by) {
            case EPIC -> DSL.coalesce(BILLING_SPEND.EPIC_KEY, DSL.inline(SpendGroup.UNATTRIBUTED));
            case SPRINT -> DSL.coalesce(SPRINT.NAME, DSL.inline(SpendGroup.OUTSIDE_SPRINTS));
            case UNATTRIBUTED_SOURCE -> BILLING_SPEND.SOURCE_KEY;
        };
        Field<BigDecimal> lines = DSL.sum(BILLING_SPEND.LINE_COUNT);
        Field<BigDecimal> list = inPortfolio(BILLING_SPEND.LIST_COST);
        Field<BigDecimal> eff = inPortfolio(BILLING_SPEND.EFFECTIVE_COST);
        Field<BigDecimal> billed = inPortfolio(BILLING_SPEND.BILLED_COST);
        Condition where = condition;
        if (by == SpendGroup.By.UNATTRIBUTED_SOURCE) {
            where = where.and(BILLING_SPEND.EPIC_KEY.isNull());
        }
        return dsl.select(key, lines, list, eff, billed).from(BILLING_SPEND)
                .leftJoin(SPRINT).on(SPRINT.ID.eq(BILLING_SPEND.SPRINT_ID))
                .where(where).groupBy(key).orderBy(eff.desc(), key)
                .fetch(r -> new SpendGroup(r.value1(), lines(r.value2()), LineBlock.strip(r.value3()),
                        LineBlock.strip(r.value4()), LineBlock.strip(r.value5())));
    }


    List<FxUse> fxUsed(Long batchId) {
        Condition where = batchId == null ? DSL.noCondition() : BILLING_SPEND.BATCH_ID.eq(batchId);
        Field<java.time.LocalDate> first = DSL.min(BILLING_SPEND.FIRST_DATE);
        return dsl.select(BILLING_SPEND.CURRENCY, BILLING_SPEND.FX_RATE, first, DSL.max(BILLING_SPEND.LAST_DATE),
                        DSL.sum(BILLING_SPEND.LINE_COUNT))
                .from(BILLING_SPEND).where(where).groupBy(BILLING_SPEND.CURRENCY, BILLING_SPEND.FX_RATE)
                .orderBy(BILLING_SPEND.CURRENCY, first, BILLING_SPEND.FX_RATE)
                .fetch(r -> new FxUse(r.value1(), LineBlock.strip(r.value2()), r.value3(), r.value4(), lines(r.value5())));
    }

    Span outsideSprints(Long batchId) {
        Condition where = BILLING_SPEND.SPRINT_ID.isNull()
                .and(batchId == null ? DSL.noCondition() : BILLING_SPEND.BATCH_ID.eq(batchId));
        return dsl.select(DSL.sum(BILLING_SPEND.LINE_COUNT), inPortfolio(BILLING_SPEND.EFFECTIVE_COST),
                        DSL.min(BILLING_SPEND.FIRST_DATE), DSL.max(BILLING_SPEND.LAST_DATE))
                .from(BILLING_SPEND).where(where)
                .fetchOne(r -> new Span(lines(r.value1()), r.value2() == null ? BigDecimal.ZERO : LineBlock.strip(r.value2()),
                        r.value3(), r.value4()));
    }

    /** Every tag key of every complete batch, sorted ignoring case. */
    List<String> tagKeys() {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        keys.addAll(dsl.selectDistinct(BILLING_TAG_KEY.TAG_KEY).from(BILLING_TAG_KEY).fetch(BILLING_TAG_KEY.TAG_KEY));
        return List.copyOf(keys);
    }

    java.util.SortedMap<String, List<String>> usersByEpic() {
        java.util.SortedMap<String, List<String>> result = new java.util.TreeMap<>();
        dsl.selectDistinct(BILLING_USER.EPIC_KEY, BILLING_USER.USER_NAME).from(BILLING_USER)
                .orderBy(BILLING_USER.EPIC_KEY, BILLING_USER.USER_NAME)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }}
