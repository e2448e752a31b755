package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.SCENARIO;
import static app.envelope.store.jooq.gen.Tables.SCENARIO_LINE;

import app.envelope.domain.PlanLine;
import app.envelope.domain.Scenario;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.jooq.gen.tables.records.ScenarioLineRecord;
import app.envelope.store.jooq.gen.tables.records.ScenarioRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link ScenarioRepository} over jOOQ. */
final class JooqScenarioRepository implements ScenarioRepository {
    private final DSLContext dsl;

    JooqScenarioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Summary> list(long sprintId) {
        Map<Long, Integer> counts = dsl.select(SCENARIO_LINE.SCENARIO_ID, DSL.count()).from(SCENARIO_LINE)
                .join(SCENARIO).on(SCENARIO.ID.eq(SCENARIO_LINE.SCENARIO_ID)).where(SCENARIO.SPRINT_ID.eq(sprintId))
                .groupBy(SCENARIO_LINE.SCENARIO_ID).fetchMap(r -> r.value1(), r -> r.value2());
        return dsl.selectFrom(SCENARIO).where(SCENARIO.SPRINT_ID.eq(sprintId)).orderBy(SCENARIO.CREATED_AT, SCENARIO.ID)
                .fetch(r -> new Summary(r.getId(), r.getSprintId(), r.getName(), r.getCreatedAt(), r.getAdoptedAt(),
                        counts.getOrDefault(r.getId(), 0)));
    }

    @Override
    public Optional<Scenario> load(long scenarioId) {
        ScenarioRecord s = dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(scenarioId)).fetchOne();
        if (s == null) {
            return Optional.empty();
        }
        List<PlanLine> lines = dsl.selectFrom(SCENARIO_LINE).where(SCENARIO_LINE.SCENARIO_ID.eq(scenarioId))
                .orderBy(SCENARIO_LINE.SOURCE_LINE_ID)
                .fetch(r -> PlanLineColumns.SCENARIO.read(r, r.getSourceLineId(), s.getSprintId()));
        return Optional.of(new Scenario(s.getId(), s.getSprintId(), s.getName(), s.getCreatedAt(), s.getBudget(),
                s.getAdoptedAt(), lines));
    }

    @Override
    public Scenario create(Scenario scenario) {
        return dsl.transactionResult(() -> {
            long id = dsl.insertInto(SCENARIO, SCENARIO.SPRINT_ID, SCENARIO.NAME, SCENARIO.CREATED_AT, SCENARIO.BUDGET,
                            SCENARIO.ADOPTED_AT)
                    .values(scenario.sprintId(), scenario.name(), scenario.createdAt(), scenario.budget(),
                            scenario.adoptedAt())
                    .returningResult(SCENARIO.ID).fetchOne().value1();
            for (PlanLine l : scenario.lines()) {
                dsl.insertInto(SCENARIO_LINE).set(record(id, l)).execute();
            }
            return scenario.withId(id);
        });
    }

    @Override
    public void saveLine(long scenarioId, PlanLine line) {
        ScenarioLineRecord r = record(scenarioId, line);
        int updated = dsl.update(SCENARIO_LINE).set(r).where(SCENARIO_LINE.SCENARIO_ID.eq(scenarioId))
                .and(SCENARIO_LINE.SOURCE_LINE_ID.eq(line.id())).execute();
        if (updated == 0) {
            dsl.insertInto(SCENARIO_LINE).set(r).execute();
        }
    }

    @Override
    public void setBudget(long scenarioId, BigDecimal budget) {
        dsl.update(SCENARIO).set(SCENARIO.BUDGET, budget).where(SCENARIO.ID.eq(scenarioId)).execute();
    }

    @Override
    public void markAdopted(long scenarioId, LocalDateTime at) {
        dsl.update(SCENARIO).set(SCENARIO.ADOPTED_AT, at).where(SCENARIO.ID.eq(scenarioId)).execute();
    }

    @Override
    public void delete(long scenarioId) {
        dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(scenarioId)).execute();
    }

    private ScenarioLineRecord record(long scenarioId, PlanLine l) {
        ScenarioLineRecord r = PlanLineColumns.SCENARIO.write(l, dsl.newRecord(SCENARIO_LINE));
        r.setScenarioId(scenarioId);
        r.setSourceLineId(l.id());
        return r;
    }
}
