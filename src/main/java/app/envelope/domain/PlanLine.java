package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One epic in one sprint: value Y (with its basis), willingness Z, labour, tooling and AI sizing.
 * {@code riskOverride} is null unless the user set the risk reserve by hand; {@code role} is null
 * for the blended labour rate.
 */
public record PlanLine(long id, long sprintId, String epicKey, BigDecimal value, ValueBasis valueBasis,
                       BigDecimal willingness, Size size, Tier tier, Effort effort, Autonomy autonomy,
                       boolean bounded, BigDecimal labourHours, BigDecimal reviewHours, String role,
                       BigDecimal tooling, BigDecimal riskOverride, boolean funded) {
    public PlanLine {
        Objects.requireNonNull(epicKey, "epicKey");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(willingness, "willingness");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(autonomy, "autonomy");
        valueBasis = valueBasis == null ? ValueBasis.REVENUE_PROTECTED : valueBasis;
        labourHours = labourHours == null ? BigDecimal.ZERO : labourHours;
        reviewHours = reviewHours == null ? BigDecimal.ZERO : reviewHours;
        tooling = tooling == null ? BigDecimal.ZERO : tooling;
        role = role == null || role.isBlank() ? null : role;
        requireNotNegative(value, "value Y");
        requireNotNegative(willingness, "willingness Z");
        requireNotNegative(labourHours, "labour hours");
        requireNotNegative(reviewHours, "review hours");
        requireNotNegative(tooling, "tooling");
        if (riskOverride != null) {
            requireNotNegative(riskOverride, "risk override");
        }
    }

    private static void requireNotNegative(BigDecimal v, String what) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException(what + " cannot be negative (" + v.toPlainString() + ")");
        }
    }

    /** Labour and review hours together: review hours count as labour. */
    public BigDecimal totalHours() {
        return labourHours.add(reviewHours);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copy-with-changes helper; records are immutable. */
    public static final class Builder {
        private long id;
        private long sprintId;
        private String epicKey;
        private BigDecimal value;
        private ValueBasis valueBasis;
        private BigDecimal willingness;
        private Size size;
        private Tier tier;
        private Effort effort;
        private Autonomy autonomy;
        private boolean bounded;
        private BigDecimal labourHours;
        private BigDecimal reviewHours;
        private String role;
        private BigDecimal tooling;
        private BigDecimal riskOverride;
        private boolean funded;

        public Builder() {
            valueBasis = ValueBasis.REVENUE_PROTECTED;
            value = BigDecimal.ZERO;
            willingness = BigDecimal.ZERO;
            size = Size.M;
            tier = Tier.MID;
            effort = Effort.MEDIUM;
            autonomy = Autonomy.SUPERVISED;
            bounded = true;
        }

        private Builder(PlanLine l) {
            id = l.id;
            sprintId = l.sprintId;
            epicKey = l.epicKey;
            value = l.value;
            valueBasis = l.valueBasis;
            willingness = l.willingness;
            size = l.size;
            tier = l.tier;
            effort = l.effort;
            autonomy = l.autonomy;
            bounded = l.bounded;
            labourHours = l.labourHours;
            reviewHours = l.reviewHours;
            role = l.role;
            tooling = l.tooling;
            riskOverride = l.riskOverride;
            funded = l.funded;
        }

        public Builder id(long v) { id = v; return this; }
        public Builder sprintId(long v) { sprintId = v; return this; }
        public Builder epicKey(String v) { epicKey = v; return this; }
        public Builder value(BigDecimal v) { value = v; return this; }
        public Builder valueBasis(ValueBasis v) { valueBasis = v; return this; }
        public Builder willingness(BigDecimal v) { willingness = v; return this; }
        public Builder size(Size v) { size = v; return this; }
        public Builder tier(Tier v) { tier = v; return this; }
        public Builder effort(Effort v) { effort = v; return this; }
        public Builder autonomy(Autonomy v) { autonomy = v; return this; }
        public Builder bounded(boolean v) { bounded = v; return this; }
        public Builder labourHours(BigDecimal v) { labourHours = v; return this; }
        public Builder reviewHours(BigDecimal v) { reviewHours = v; return this; }
        public Builder role(String v) { role = v; return this; }
        public Builder tooling(BigDecimal v) { tooling = v; return this; }
        public Builder riskOverride(BigDecimal v) { riskOverride = v; return this; }
        public Builder funded(boolean v) { funded = v; return this; }

        public PlanLine build() {
            return new PlanLine(id, sprintId, epicKey, value, valueBasis, willingness, size, tier, effort, autonomy,
                    bounded, labourHours, reviewHours, role, tooling, riskOverride, funded);
        }
    }
}
