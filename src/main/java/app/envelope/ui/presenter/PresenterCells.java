package app.envelope.ui.presenter;

import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.ui.board.BoardRow;
import java.util.ArrayList;
import java.util.List;

/** Presenter mode's cell texts: every signal has a word (and an icon), never colour alone. */
public final class PresenterCells {
    private PresenterCells() {
    }

    public static String fitText(Fit f) {
        return switch (f) {
            case GREEN -> "✔ green";
            case AMBER -> "◐ amber";
            case RED -> "✖ red";
        };
    }

    public static String flagsText(BoardRow r) {
        List<String> words = new ArrayList<>();
        for (Flag f : Flag.values()) {
            if (r.cost().has(f)) {
                words.add(f.label());
            }
        }
        return words.isEmpty() ? "" : "⚑ " + String.join(", ", words);
    }

    public static String fundedText(BoardRow r) {
        return r.line().funded() ? "☑ yes" : "☐ no";
    }

    public static boolean belowFundLine(BoardRow r) {
        return r.fund() != null && !r.fund().withinBudget();
    }

    public static String aiText(BoardRow r) {
        return r.line().size().name() + " · " + r.line().tier().label();
    }
}
