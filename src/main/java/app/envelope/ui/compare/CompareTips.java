package app.envelope.ui.compare;

import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.ModelUsage;
import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.TokenVariance;
import app.envelope.domain.actuals.VarianceSplit;
import app.envelope.ui.Format;

/** The compare grid's longer tooltips, in words from a row's comparison; toolkit-free. */
final class CompareTips {
    private CompareTips() {
    }

    /** A plan line's tokens: billing lines, planned tokens at the blended price, actual tokens; null for other rows. */
    static String tokens(CompareRow r, String currency) {
        if (!r.isEpic()) {
            return null;
        }
        EpicComparison e = r.epic();
        TokenVariance tv = e.tokenVariance();
        StringBuilder b = new StringBuilder(e.billingLines() + " billing lines attributed to " + e.epicKey() + "\n");
        b.append("planned ").append(Format.tokens(tv.plannedTokens())).append(" tokens at ")
                .append(Format.exact(tv.plannedBlendedPrice(), currency)).append("/M = ")
                .append(Format.exact(tv.plannedCost(), currency))
                .append("\nactual ")
                .append(tv.actualTokens() == null ? "(no token counts)" : Format.tokens(tv.actualTokens()) + " tokens")
                .append(" = ").append(Format.exact(tv.actualCost(), currency));
        return b.toString();
    }

    /** How volume, mix and price add up to the token variance, by model for a plan line; why not, when not available. */
    static String split(CompareRow r, String currency) {
        if (r.splitNotAvailable()) {
            return "The split is not available: " + r.epic().tokenVariance().unavailableReason()
                    + ".\nOnly the total token variance is known: "
                    + Format.exact(r.epic().tokenVariance().variance(), currency);
        }
        VarianceSplit s = r.split();
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder("volume " + Format.exact(s.volume(), currency)
                + "\nmix " + Format.exact(s.mix(), currency)
                + "\nprice " + Format.exact(s.price(), currency) + "\n= " + Format.exact(s.total(), currency) + " token variance");
        if (r.isEpic()) {
            TokenVariance tv = r.epic().tokenVariance();
            for (ModelUsage u : tv.byModel()) {
                b.append("\n").append(u.model()).append(": ").append(Format.tokens(u.tokens())).append(" tokens, rate card ")
                        .append(Format.exact(u.rateCardCost(), currency))
                        .append(", charged ").append(Format.exact(u.actualCost(), currency))
                        .append(" (mix ").append(Format.exact(u.mix(tv.plannedBlendedPrice()), currency)).append(", price ")
                        .append(Format.exact(u.price(), currency)).append(")");
            }
        } else {
            b.append("\nsummed over ").append(r.sprint().totals().linesWithSplit()).append(" lines with token counts");
        }
        return b.toString();
    }

    /** A plan line's outcome and its cost, then its cost per outcome sprint by sprint; null without an outcome. */
    static String outcome(CompareRow r, String currency) {
        if (!r.isEpic() || r.epic().outcome() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(r.epic().outcome() + " for " + Format.exact(r.totalActual(), currency));
        for (OutcomePoint p : r.epic().outcomeTrend()) {
            b.append("\n").append(p.sprint()).append(": ").append(Format.exact(p.costPerOutcome(), currency))
                    .append(" per ").append(p.unit().replaceAll("s\\b.*", "")).append(" (").append(p.count()).append(")");
        }
        return b.toString();
    }
}
