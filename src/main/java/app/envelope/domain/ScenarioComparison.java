package app.envelope.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A scenario side by side with the sprint's plan, both through the one cost model. The scenario
 * side is the plan as it would be after adopting: every plan line replaced by its scenario copy
 * (paired by line id), keeping the plan's funded marks; plan lines the scenario has no copy of
 * (added to the plan later) stay as they are. Scenario lines whose plan line has since been removed
 * are listed in {@code notInPlan} and take no part in the figures.
 */
public record ScenarioComparison(Side plan, Side scenario, List<LinePair> lines, List<PlanLine> notInPlan) {

    /** One side's evaluation, its best set under its budget and the value of its funded lines. */
    public record Side(SprintEvaluation evaluation, BestSet bestSet, BigDecimal fundedValue) {
        static Side of(List<PlanLine> lines, Pricing pricing, BigDecimal budget) {
            SprintEvaluation e = SprintEvaluation.evaluate(lines, pricing, budget);
            BigDecimal funded = BigDecimal.ZERO;
            for (PlanLine l : lines) {
                if (l.funded()) {
                    funded = funded.add(l.value());
                }
            }
            return new Side(e, BestSet.of(e.lines(), budget), funded);
        }

        public CategoryTotals totals() {
            return evaluation.totals();
        }

        public BigDecimal budget() {
            return evaluation.budget();
        }
    }

    /** A plan line and its scenario copy, each costed; {@code changed} when any input differs. */
    public record LinePair(CostLine plan, CostLine scenario, boolean changed) {
        public long lineId() {
            return plan.line().id();
        }

        public BigDecimal costChange() {
            return scenario.cost().cost().subtract(plan.cost().cost());
        }
    }

    public static ScenarioComparison of(List<PlanLine> planLines, BigDecimal planBudget, Scenario scenario,
                                        Pricing pricing) {
        Objects.requireNonNull(scenario, "scenario");
        Map<Long, PlanLine> copies = new HashMap<>();
        scenario.lines().forEach(l -> copies.put(l.id(), l));
        List<PlanLine> adopted = new ArrayList<>(planLines.size());
        Set<Long> inPlan = new HashSet<>();
        for (PlanLine p : planLines) {
            inPlan.add(p.id());
            PlanLine copy = copies.get(p.id());
            adopted.add(copy == null ? p : asAdopted(copy, p));
        }
        List<PlanLine> orphans = scenario.lines().stream().filter(l -> !inPlan.contains(l.id())).toList();
        Side before = Side.of(planLines, pricing, planBudget);
        Side after = Side.of(adopted, pricing, scenario.budget());
        List<LinePair> pairs = new ArrayList<>(planLines.size());
        for (int i = 0; i < planLines.size(); i++) {
            CostLine b = before.evaluation().lines().get(i);
            CostLine a = after.evaluation().lines().get(i);
            pairs.add(new LinePair(b, a, !sameInputs(b.line(), a.line())));
        }
        return new ScenarioComparison(before, after, List.copyOf(pairs), orphans);
    }

    /** The scenario copy as it would stand in the plan: the plan line's id, sprint and funded mark, the copy's inputs. */
    public static PlanLine asAdopted(PlanLine copy, PlanLine planLine) {
        return copy.toBuilder().id(planLine.id()).sprintId(planLine.sprintId()).funded(planLine.funded()).build();
    }

    /** True when every input the plan owns (not the id, sprint or funded mark) is equal; amounts compare by value. */
    public static boolean sameInputs(PlanLine a, PlanLine b) {
        return a.epicKey().equals(b.epicKey()) && same(a.value(), b.value()) && a.valueBasis() == b.valueBasis()
                && same(a.willingness(), b.willingness()) && a.size() == b.size() && a.tier() == b.tier()
                && a.effort() == b.effort() && a.autonomy() == b.autonomy() && a.bounded() == b.bounded()
                && same(a.labourHours(), b.labourHours()) && same(a.reviewHours(), b.reviewHours())
                && Objects.equals(a.role(), b.role()) && same(a.tooling(), b.tooling())
                && same(a.riskOverride(), b.riskOverride());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public long changedLines() {
        return lines.stream().filter(LinePair::changed).count();
    }

    public LinePair line(long id) {
        return lines.stream().filter(p -> p.lineId() == id).findFirst().orElse(null);
    }
}
