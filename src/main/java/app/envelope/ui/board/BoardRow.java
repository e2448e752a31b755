package app.envelope.ui.board;

import app.envelope.domain.CostLine;
import app.envelope.domain.Epic;
import app.envelope.domain.Flag;
import app.envelope.domain.FundLineEntry;
import app.envelope.domain.LineCost;
import app.envelope.domain.PlanLine;
import app.envelope.ui.Format;
import java.util.ArrayList;
import java.util.List;

/** One row of the board: a plan line, its epic, its cost and its place on the fund line. */
public record BoardRow(CostLine costLine, Epic epic, FundLineEntry fund) {
    public PlanLine line() {
        return costLine.line();
    }

    public LineCost cost() {
        return costLine.cost();
    }

    public String title() {
        return epic == null ? "" : epic.title();
    }

    public String team() {
        return epic == null ? "" : epic.team();
    }

    /** Short flag words for the grid, e.g. "starved". */
    public String flagsText() {
        return Format.flagWords(cost());
    }

    /** Each flag explained in a sentence, for the tooltip. */
    public String flagsExplained(String currency) {
        List<String> lines = new ArrayList<>();
        if (cost().has(Flag.STARVED)) {
            lines.add("Starved: worth doing (Y ≥ C) but the token envelope Z − L − U − R = "
                    + Format.money(cost().tokenEnvelope(), currency) + " is below T50 = "
                    + Format.money(cost().t50(), currency) + ".");
        }
        if (cost().has(Flag.OVER_POWERED)) {
            lines.add("Over-powered: " + cost().overPoweredReason() + ".");
        }
        return String.join("\n", lines);
    }
}
