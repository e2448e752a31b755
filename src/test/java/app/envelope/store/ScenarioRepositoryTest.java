package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import app.envelope.domain.Sprint;
import app.envelope.domain.Tier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios on a real H2 file: every input of every line round-trips, and the plan is never touched. */
class ScenarioRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void createEditReopenAndDelete() {
        long scenarioId;
        long sprintId;
        List<PlanLine> plan;
        PlanLine changed;
        try (Store s = TestStores.demo(dir)) {
            Sprint sprint = s.portfolio().sprint("Sprint 47").orElseThrow();
            sprintId = sprint.id();
            plan = s.portfolio().planLines(sprintId);
            assertEquals(1, s.scenarios().list(sprintId).size(), "the demo scenario");
            Scenario created = s.scenarios().create(Scenario.copyOf(sprint, plan, "What-if 1",
                    LocalDateTime.parse("2026-11-23T10:00:00")));
            scenarioId = created.id();
            changed = plan.get(3).toBuilder().tier(Tier.SMALL).riskOverride(new BigDecimal("1234.5")).build();
            s.scenarios().saveLine(scenarioId, changed);
            s.scenarios().setBudget(scenarioId, new BigDecimal("401000.25"));
        }
        try (Store s = TestStores.open(dir, "demo")) {
            Scenario back = s.scenarios().load(scenarioId).orElseThrow();
            assertEquals("What-if 1", back.name());
            assertEquals(sprintId, back.sprintId());
            assertNull(back.adoptedAt());
            assertEquals(0, new BigDecimal("401000.25").compareTo(back.budget()));
            assertEquals(plan.size(), back.lines().size());
            for (int i = 0; i < plan.size(); i++) {
                PlanLine expected = i == 3 ? changed : plan.get(i);
                assertTrue(app.envelope.domain.ScenarioComparison.sameInputs(expected, back.lines().get(i)),
                        expected.epicKey());
                assertEquals(expected.id(), back.lines().get(i).id());
            }
            assertEquals(plan, s.portfolio().planLines(sprintId), "the plan is untouched");
            ScenarioRepository.Summary summary = s.scenarios().list(sprintId).get(1);
            assertEquals(plan.size(), summary.lines());
            s.scenarios().markAdopted(scenarioId, LocalDateTime.parse("2026-11-24T08:00:00"));
            assertEquals(LocalDateTime.parse("2026-11-24T08:00:00"), s.scenarios().load(scenarioId).orElseThrow().adoptedAt());
            s.scenarios().delete(scenarioId);
            assertTrue(s.scenarios().load(scenarioId).isEmpty());
            assertEquals(1, s.scenarios().list(sprintId).size());
        }
    }
}
