package app.envelope.store.jooq;

import static app.envelope.store.jooq.gen.Tables.EPIC;
import static app.envelope.store.jooq.gen.Tables.PLAN_LINE;
import static app.envelope.store.jooq.gen.Tables.SPRINT;
import static app.envelope.store.jooq.gen.Tables.TEAM;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Team;
import app.envelope.store.PortfolioRepository;
import app.envelope.store.jooq.gen.tables.records.PlanLineRecord;
import app.envelope.store.jooq.gen.tables.records.SprintRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** {@link PortfolioRepository} over jOOQ. */
final class JooqPortfolioRepository implements PortfolioRepository {
    private final DSLContext dsl;

    JooqPortfolioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Team> teams() {
        return dsl.selectFrom(TEAM).orderBy(TEAM.NAME).fetch(r -> new Team(r.getName()));
    }

    @Override
    public void saveTeam(Team team) {
        dsl.mergeInto(TEAM).using(DSL.selectOne()).on(TEAM.NAME.eq(team.name()))
                .whenNotMatchedThenInsert(TEAM.NAME).values(team.name()).execute();
    }

    @Override
    public List<Epic> epics() {
        return dsl.selectFrom(EPIC).orderBy(EPIC.EPIC_KEY).fetch(r -> new Epic(r.getEpicKey(), r.getTitle(), r.getTeam()));
    }

    @Override
    public Optional<Epic> epic(String key) {
        return dsl.selectFrom(EPIC).where(EPIC.EPIC_KEY.eq(key))
                .fetchOptional(r -> new Epic(r.getEpicKey(), r.getTitle(), r.getTeam()));
    }

    @Override
    public void saveEpic(Epic epic) {
        saveTeam(new Team(epic.team()));
        dsl.mergeInto(EPIC).using(DSL.selectOne()).on(EPIC.EPIC_KEY.eq(epic.key()))
                .whenMatchedThenUpdate().set(EPIC.TITLE, epic.title()).set(EPIC.TEAM, epic.team())
                .whenNotMatchedThenInsert(EPIC.EPIC_KEY, EPIC.TITLE, EPIC.TEAM)
                .values(epic.key(), epic.title(), epic.team()).execute();
    }

    @Override
    public List<Sprint> sprints() {
        return dsl.selectFrom(SPRINT).orderBy(SPRINT.START_DATE, SPRINT.ID).fetch(JooqPortfolioRepository::toSprint);
    }

    @Override
    public Optional<Sprint> sprint(String name) {
        return dsl.selectFrom(SPRINT).where(SPRINT.NAME.eq(name)).fetchOptional(JooqPortfolioRepository::toSprint);
    }

    @Override
    public Optional<Sprint> sprint(long id) {
        return dsl.selectFrom(SPRINT).where(SPRINT.ID.eq(id)).fetchOptional(JooqPortfolioRepository::toSprint);
    }

    private static Sprint toSprint(SprintRecord r) {
        return new Sprint(r.getId(), r.getName(), r.getStartDate(), r.getEndDate(),
                SprintStatus.valueOf(r.getStatus()), r.getBudget());
    }

    @Override
    public Sprint saveSprint(Sprint s) {
        if (s.id() == 0) {
            Long id = dsl.insertInto(SPRINT, SPRINT.NAME, SPRINT.START_DATE, SPRINT.END_DATE, SPRINT.STATUS, SPRINT.BUDGET)
                    .values(s.name(), s.start(), s.end(), s.status().name(), s.budget())
                    .returningResult(SPRINT.ID).fetchOne().value1();
            return s.withId(id);
        }
        dsl.update(SPRINT).set(SPRINT.NAME, s.name()).set(SPRINT.START_DATE, s.start()).set(SPRINT.END_DATE, s.end())
                .set(SPRINT.STATUS, s.status().name()).set(SPRINT.BUDGET, s.budget())
                .where(SPRINT.ID.eq(s.id())).execute();
        return s;
    }

    @Override
    public List<PlanLine> planLines(long sprintId) {
        return dsl.selectFrom(PLAN_LINE).where(PLAN_LINE.SPRINT_ID.eq(sprintId))
                .orderBy(PLAN_LINE.SORT_ORDER, PLAN_LINE.ID)
                .fetch(r -> PlanLineColumns.PLAN.read(r, r.getId(), r.getSprintId()));
    }

    @Override
    public PlanLine saveLine(PlanLine l) {
        PlanLineRecord r = record(l);
        if (l.id() == 0) {
            r.setSortOrder(0);
            r.store();
            // The order of a line is its id: a removed line put back with its id keeps its place.
            dsl.update(PLAN_LINE).set(PLAN_LINE.SORT_ORDER, PLAN_LINE.ID.cast(Integer.class))
                    .where(PLAN_LINE.ID.eq(r.getId())).execute();
            return l.toBuilder().id(r.getId()).build();
        }
        r.setId(l.id());
        r.changed(PLAN_LINE.ID, false);
        r.changed(PLAN_LINE.SORT_ORDER, false);
        dsl.update(PLAN_LINE).set(r).where(PLAN_LINE.ID.eq(l.id())).execute();
        return l;
    }

    private PlanLineRecord record(PlanLine l) {
        PlanLineRecord r = PlanLineColumns.PLAN.write(l, dsl.newRecord(PLAN_LINE));
        r.setSprintId(l.sprintId());
        return r;
    }

    @Override
    public void restoreLine(PlanLine l) {
        PlanLineRecord r = record(l);
        r.setId(l.id());
        r.setSortOrder((int) l.id());
        dsl.insertInto(PLAN_LINE).set(r).execute();
    }

    @Override
    public void deleteLine(long lineId) {
        dsl.deleteFrom(PLAN_LINE).where(PLAN_LINE.ID.eq(lineId)).execute();
    }
}
