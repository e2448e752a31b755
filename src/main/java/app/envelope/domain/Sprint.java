package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A sprint: its dates (both inclusive), status and budget B. */
public record Sprint(long id, String name, LocalDate start, LocalDate end, SprintStatus status, BigDecimal budget) {
    public Sprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        budget = budget == null ? BigDecimal.ZERO : budget;
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("sprint " + name + " ends before it starts");
        }
        if (budget.signum() < 0) {
            throw new IllegalArgumentException("a sprint budget cannot be negative");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public Sprint withBudget(BigDecimal newBudget) {
        return new Sprint(id, name, start, end, status, newBudget);
    }

    public Sprint withId(long newId) {
        return new Sprint(newId, name, start, end, status, budget);
    }
}
