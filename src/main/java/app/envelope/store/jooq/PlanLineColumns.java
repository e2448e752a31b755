package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.PLAN_LINE;
import static app.envelope.store.jooq.gen.Tables.SCENARIO_LINE;

import app.envelope.domain.Autonomy;
import app.envelope.domain.Effort;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Size;
import app.envelope.domain.Tier;
import app.envelope.domain.ValueBasis;
import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The inputs of a plan line as columns: {@code plan_line} and a scenario's copy in
 * {@code scenario_line} have the same ones, so one mapper writes and reads both (each table keeps
 * its own keys: a plan line's id and sprint, a scenario line's scenario and source line).
 */
final class PlanLineColumns {
    static final PlanLineColumns PLAN = new PlanLineColumns(PLAN_LINE.EPIC_KEY, PLAN_LINE.VALUE_Y,
            PLAN_LINE.VALUE_BASIS, PLAN_LINE.WILLINGNESS_Z, PLAN_LINE.AI_SIZE, PLAN_LINE.TIER, PLAN_LINE.EFFORT,
            PLAN_LINE.AUTONOMY, PLAN_LINE.BOUNDED, PLAN_LINE.LABOUR_HOURS, PLAN_LINE.REVIEW_HOURS,
            PLAN_LINE.LABOUR_ROLE, PLAN_LINE.TOOLING, PLAN_LINE.RISK_OVERRIDE, PLAN_LINE.FUNDED);
    static final PlanLineColumns SCENARIO = new PlanLineColumns(SCENARIO_LINE.EPIC_KEY, SCENARIO_LINE.VALUE_Y,
            SCENARIO_LINE.VALUE_BASIS, SCENARIO_LINE.WILLINGNESS_Z, SCENARIO_LINE.AI_SIZE, SCENARIO_LINE.TIER,
            SCENARIO_LINE.EFFORT, SCENARIO_LINE.AUTONOMY, SCENARIO_LINE.BOUNDED, SCENARIO_LINE.LABOUR_HOURS,
            SCENARIO_LINE.REVIEW_HOURS, SCENARIO_LINE.LABOUR_ROLE, SCENARIO_LINE.TOOLING, SCENARIO_LINE.RISK_OVERRIDE,
            SCENARIO_LINE.FUNDED);

    private final Field<String> epicKey;
    private final Field<BigDecimal> value;
    private final Field<String> valueBasis;
    private final Field<BigDecimal> willingness;
    private final Field<String> size;
    private final Field<String> tier;
    private final Field<String> effort;
    private final Field<String> autonomy;
    private final Field<Boolean> bounded;
    private final Field<BigDecimal> labourHours;
    private final Field<BigDecimal> reviewHours;
    private final Field<String> role;
    private final Field<BigDecimal> tooling;
    private final Field<BigDecimal> riskOverride;
    private final Field<Boolean> funded;

    private PlanLineColumns(Field<String> epicKey, Field<BigDecimal> value, Field<String> valueBasis,
                            Field<BigDecimal> willingness, Field<String> size, Field<String> tier, Field<String> effort,
                            Field<String> autonomy, Field<Boolean> bounded, Field<BigDecimal> labourHours,
                            Field<BigDecimal> reviewHours, Field<String> role, Field<BigDecimal> tooling,
                            Field<BigDecimal> riskOverride, Field<Boolean> funded) {
        this.epicKey = epicKey;
        this.value = value;
        this.valueBasis = valueBasis;
        this.willingness = willingness;
        this.size = size;
        this.tier = tier;
        this.effort = effort;
        this.autonomy = autonomy;
        this.bounded = bounded;
        this.labourHours = labourHours;
        this.reviewHours = reviewHours;
        this.role = role;
        this.tooling = tooling;
        this.riskOverride = riskOverride;
        this.funded = funded;
    }

    /** Sets the line's inputs on a record of this table (its keys are the caller's). */
    <R extends Record> R write(PlanLine l, R r) {
        r.set(epicKey, l.epicKey());
        r.set(value, l.value());
        r.set(valueBasis, l.valueBasis().name());
        r.set(willingness, l.willingness());
        r.set(size, l.size().name());
        r.set(tier, l.tier().name());
        r.set(effort, l.effort().name());
        r.set(autonomy, l.autonomy().name());
        r.set(bounded, l.bounded());
        r.set(labourHours, l.labourHours());
        r.set(reviewHours, l.reviewHours());
        r.set(role, l.role());
        r.set(tooling, l.tooling());
        r.set(riskOverride, l.riskOverride());
        r.set(funded, l.funded());
        return r;
    }

    /** The plan line with these inputs, as line {@code id} of sprint {@code sprintId}. */
    PlanLine read(Record r, long id, long sprintId) {
        return new PlanLine(id, sprintId, r.get(epicKey), r.get(value), ValueBasis.valueOf(r.get(valueBasis)),
                r.get(willingness), Size.valueOf(r.get(size)), Tier.valueOf(r.get(tier)), Effort.valueOf(r.get(effort)),
                Autonomy.valueOf(r.get(autonomy)), r.get(bounded), r.get(labourHours), r.get(reviewHours), r.get(role),
                r.get(tooling), r.get(riskOverride), r.get(funded));
    }
}
