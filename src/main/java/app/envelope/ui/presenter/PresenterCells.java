package app.envelope.ui.presenter;

import app.envelope.domain.Fit;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;

/** Presenter mode's cell texts: every signal has a word (and an icon), never colour alone. */
public final class PresenterCells {
    private PresenterCells() {
    }

    public static String fitText(Fit f) {
        return Format.fit(f);
    }

    public static String flagsText(BoardRow r) {
        return Format.flags(r.cost());
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
