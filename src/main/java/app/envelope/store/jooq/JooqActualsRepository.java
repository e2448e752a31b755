package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.BILLING_SPEND;
import static app.envelope.store.jooq.gen.Tables.LINE_ACTUAL;
import static app.envelope.store.jooq.gen.Tables.PLAN_LINE;

import app.envelope.domain.TokenType;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.Outcome;
import app.envelope.domain.actuals.SpendCell;
import app.envelope.store.ActualsRepository;
import app.envelope.store.jooq.gen.tables.records.LineActualRecord;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** {@link ActualsRepository} over the {@code line_actual} and {@code billing_spend} tables. */
final class JooqActualsRepository implements ActualsRepository {
    private final DSLContext dsl;

    JooqActualsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Long, LineActual> lineActuals(long sprintId) {
        return read(PLAN_LINE.SPRINT_ID.eq(sprintId));
    }

    @Override
    public Map<Long, LineActual> lineActuals() {
        return read(DSL.noCondition());
    }

    private Map<Long, LineActual> read(Condition where) {
        Map<Long, LineActual> out = new LinkedHashMap<>();
        dsl.select(LINE_ACTUAL.fields()).from(LINE_ACTUAL).join(PLAN_LINE).on(PLAN_LINE.ID.eq(LINE_ACTUAL.PLAN_LINE_ID))
                .where(where).orderBy(LINE_ACTUAL.PLAN_LINE_ID)
                .fetchInto(LINE_ACTUAL).forEach(r -> out.put(r.getPlanLineId(), toActual(r)));
        return out;
    }

    private static LineActual toActual(LineActualRecord r) {
        Outcome outcome = r.getOutcomeCount() == null || r.getOutcomeUnit() == null ? null
                : new Outcome(r.getOutcomeCount(), r.getOutcomeUnit());
        BigDecimal hours = LineBlock.strip(r.getActualHours());
        return new LineActual(r.getPlanLineId(), hours, outcome);
    }

    @Override
    public void save(LineActual a) {
        dsl.transaction(() -> write(a));
    }

    @Override
    public void saveAll(Collection<LineActual> actuals) {
        dsl.transaction(() -> actuals.forEach(this::write));
    }

    private void write(LineActual a) {
        if (a.isEmpty()) {
            dsl.deleteFrom(LINE_ACTUAL).where(LINE_ACTUAL.PLAN_LINE_ID.eq(a.planLineId())).execute();
            return;
        }
        Long count = a.outcome() == null ? null : a.outcome().count();
        String unit = a.outcome() == null ? null : a.outcome().unit();
        dsl.mergeInto(LINE_ACTUAL).using(DSL.selectOne()).on(LINE_ACTUAL.PLAN_LINE_ID.eq(a.planLineId()))
                .whenMatchedThenUpdate().set(LINE_ACTUAL.ACTUAL_HOURS, a.hours())
                .set(LINE_ACTUAL.OUTCOME_COUNT, count).set(LINE_ACTUAL.OUTCOME_UNIT, unit)
                .whenNotMatchedThenInsert(LINE_ACTUAL.PLAN_LINE_ID, LINE_ACTUAL.ACTUAL_HOURS, LINE_ACTUAL.OUTCOME_COUNT,
                        LINE_ACTUAL.OUTCOME_UNIT)
                .values(a.planLineId(), a.hours(), count, unit).execute();
    }

    @Override
    public List<SpendCell> spendCells() {
        Field<BigDecimal> fx = DSL.coalesce(BILLING_SPEND.FX_RATE, BigDecimal.ONE);
        Field<BigDecimal> lines = DSL.sum(BILLING_SPEND.LINE_COUNT);
        Field<BigDecimal> tokens = DSL.sum(BILLING_SPEND.TOKENS);
        Field<BigDecimal> effective = DSL.sum(BILLING_SPEND.EFFECTIVE_COST.mul(fx));
        Field<BigDecimal> list = DSL.sum(BILLING_SPEND.LIST_COST.mul(fx));
        Field<?>[] keys = {BILLING_SPEND.BATCH_ID, BILLING_SPEND.SPRINT_ID, BILLING_SPEND.EPIC_KEY, BILLING_SPEND.VENDOR,
            BILLING_SPEND.PRODUCT, BILLING_SPEND.SKU, BILLING_SPEND.MODEL, BILLING_SPEND.UNIT, BILLING_SPEND.TOKEN_TYPE,
            BILLING_SPEND.HAS_TOKENS, BILLING_SPEND.HAS_LIST};
        return dsl.select(keys).select(lines, tokens, effective, list).from(BILLING_SPEND).groupBy(keys)
                .orderBy(BILLING_SPEND.BATCH_ID, BILLING_SPEND.SPRINT_ID, BILLING_SPEND.EPIC_KEY, BILLING_SPEND.VENDOR,
                        BILLING_SPEND.PRODUCT, BILLING_SPEND.SKU, BILLING_SPEND.MODEL, BILLING_SPEND.TOKEN_TYPE,
                        BILLING_SPEND.UNIT, BILLING_SPEND.HAS_TOKENS, BILLING_SPEND.HAS_LIST)
                .fetch(r -> {
                    String tt = r.get(BILLING_SPEND.TOKEN_TYPE);
                    return new SpendCell(r.get(BILLING_SPEND.BATCH_ID), r.get(BILLING_SPEND.SPRINT_ID),
                            r.get(BILLING_SPEND.EPIC_KEY), r.get(BILLING_SPEND.VENDOR), r.get(BILLING_SPEND.PRODUCT),
                            r.get(BILLING_SPEND.SKU), r.get(BILLING_SPEND.MODEL), r.get(BILLING_SPEND.UNIT),
                            tt == null ? null : TokenType.valueOf(tt), r.get(lines).longValueExact(), LineBlock.strip(r.get(tokens)),
                            LineBlock.strip(r.get(effective)), LineBlock.strip(r.get(list)));
                });
    }

}
