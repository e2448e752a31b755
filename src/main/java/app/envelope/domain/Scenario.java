package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if copy of one sprint's plan. Its lines are {@link PlanLine}s whose {@code id} is the
 * id of the plan line they were copied from, so a scenario line and its plan line pair up by id.
 * {@code budget} is the scenario's own budget B; {@code adoptedAt} is set once it was written into
 * the plan (null until then).
 */
public record Scenario(long id, long sprintId, String name, LocalDateTime createdAt, BigDecimal budget,
                       LocalDateTime adoptedAt, List<PlanLine> lines) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(budget, "budget");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("a scenario budget cannot be negative");
        }
        lines = List.copyOf(lines);
    }

    /** A new scenario (id 0) copying every line of a sprint's plan and its budget. */
    public static Scenario copyOf(Sprint sprint, List<PlanLine> plan, String name, LocalDateTime now) {
        return new Scenario(0, sprint.id(), name.trim(), now, sprint.budget(), null, plan);
    }

    public Scenario withLines(List<PlanLine> newLines) {
        return new Scenario(id, sprintId, name, createdAt, budget, adoptedAt, newLines);
    }

    public Scenario withBudget(BigDecimal newBudget) {
        return new Scenario(id, sprintId, name, createdAt, newBudget, adoptedAt, lines);
    }

    public Scenario withId(long newId) {
        return new Scenario(newId, sprintId, name, createdAt, budget, adoptedAt, lines);
    }

    public PlanLine line(long lineId) {
        return lines.stream().filter(l -> l.id() == lineId).findFirst().orElse(null);
    }
}
