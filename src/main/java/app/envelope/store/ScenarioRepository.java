package app.envelope.store;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What-if scenarios: named copies of a sprint's plan lines, stored so they survive a restart. */
public interface ScenarioRepository {
    /** A scenario without its lines, for pick lists. */
    record Summary(long id, long sprintId, String name, LocalDateTime createdAt, LocalDateTime adoptedAt, int lines) {
    }

    /** The sprint's scenarios, oldest first. */
    List<Summary> list(long sprintId);

    Optional<Scenario> load(long scenarioId);

    /** Inserts a new scenario (id 0) with its lines, in one transaction; returns it with its id. */
    Scenario create(Scenario scenario);

    /** Replaces one line of a scenario (matched by the plan line id it copies). */
    void saveLine(long scenarioId, PlanLine line);

    void setBudget(long scenarioId, BigDecimal budget);

    void markAdopted(long scenarioId, LocalDateTime at);

    /** Deletes the scenario and its lines; the plan is not touched. */
    void delete(long scenarioId);
}
