package app.envelope.report;

import java.util.List;

/**
 * What the vendors billed for the exported sprints, in the portfolio currency: per sprint (totals
 * and the per-epic comparison with the plan), grouped by epic, vendor and model (the Actuals
 * sheet), and the spend no rule attributed, by source (the Unattributed sheet).
 *
 * @param splitAvailable whether the per-epic variance carries its volume, mix and price split;
 *                       when false the Variance sheet says the split is not available
 * @param basis          one sentence for the reader: where the actual figures come from
 */
public record ActualsInput(List<SprintActuals> sprints, List<ActualGroup> groups, List<UnattributedGroup> unattributed,
                           boolean splitAvailable, String basis) {
    public ActualsInput {
        sprints = List.copyOf(sprints);
        groups = List.copyOf(groups);
        unattributed = List.copyOf(unattributed);
        basis = basis == null ? "" : basis;
    }

    /** No billing at all: every sprint's actual spend is zero. */
    public static ActualsInput none(List<SprintPlan> sprints) {
        return new ActualsInput(sprints.stream().map(s -> SprintActuals.empty(s.number())).toList(), List.of(), List.of(),
                false, "No billing lines were imported for these sprints.");
    }

    public SprintActuals sprint(int number) {
        return sprints.stream().filter(s -> s.sprintNumber() == number).findFirst()
                .orElse(SprintActuals.empty(number));
    }
}
