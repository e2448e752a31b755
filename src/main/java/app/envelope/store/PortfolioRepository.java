package app.envelope.store;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.Team;
import java.util.List;
import java.util.Optional;

/** Teams, epics, sprints and plan lines. */
public interface PortfolioRepository {
    List<Team> teams();

    void saveTeam(Team team);

    List<Epic> epics();

    Optional<Epic> epic(String key);

    /** Inserts or updates the epic with this key. */
    void saveEpic(Epic epic);

    List<Sprint> sprints();

    Optional<Sprint> sprint(String name);

    Optional<Sprint> sprint(long id);

    /** Inserts a sprint with id 0 (returning it with its new id) or updates an existing one. */
    Sprint saveSprint(Sprint sprint);

    /** The sprint's plan lines in their board order. */
    List<PlanLine> planLines(long sprintId);

    /** Inserts a line with id 0 (returning it with its new id) or updates an existing one. */
    PlanLine saveLine(PlanLine line);

    void deleteLine(long lineId);

    /** Puts a removed line back with its id (undo of a removal); it keeps its place in the order. */
    void restoreLine(PlanLine line);
}
