package app.envelope.ui.board;

import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.PlanLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** Which of the board's rows are shown: all, or one team's, and all fits or one. Knows no controls. */
final class BoardFilter {
    private final ObservableList<String> teams = FXCollections.observableArrayList(BoardViewModel.ALL);
    private final StringProperty team = new SimpleStringProperty(BoardViewModel.ALL);
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>();
    private final FilteredList<BoardRow> visible;

    BoardFilter(ObservableList<BoardRow> rows) {
        visible = new FilteredList<>(rows, r -> true);
        team.addListener(o -> refilter());
        fit.addListener(o -> refilter());
    }

    /** The team choices: All, then the teams of the lines' epics, A–Z. */
    void teamsOf(List<PlanLine> lines, Map<String, Epic> epics) {
        List<String> t = new ArrayList<>();
        t.add(BoardViewModel.ALL);
        lines.stream().map(l -> epics.get(l.epicKey())).filter(Objects::nonNull).map(Epic::team).distinct().sorted()
                .forEach(t::add);
        teams.setAll(t);
    }

    private void refilter() {
        String tm = team.get();
        Fit f = fit.get();
        visible.setPredicate(r -> (tm == null || BoardViewModel.ALL.equals(tm) || tm.equals(r.team()))
                && (f == null || r.cost().fit() == f));
    }

    ObservableList<String> teams() {
        return teams;
    }

    StringProperty teamProperty() {
        return team;
    }

    ObjectProperty<Fit> fitProperty() {
        return fit;
    }

    FilteredList<BoardRow> visibleRows() {
        return visible;
    }
}
