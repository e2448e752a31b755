package app.envelope.ui.actuals;

import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the Actuals screen says about spend, for a batch and for a sprint alike: the exact totals,
 * what matched no rule, the largest unattributed sources and what they leave out, and what was
 * charged outside every sprint.
 */
final class SpendTexts {
    /** Largest unattributed sources listed. */
    static final int SOURCES_SHOWN = 5;

    private SpendTexts() {
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** The three totals to every digit, one a line (the tooltip of the rounded ones). */
    static String exact(BigDecimal list, BigDecimal effective, BigDecimal billed, String cur) {
        return "List " + Figures.exact(list, cur) + "\nEffective " + Figures.exact(effective, cur) + "\nBilled "
                + Figures.exact(billed, cur);
    }

    static String unattributed(SpendGroup g, BigDecimal whole, String pc) {
        if (g.lines() == 0) {
            return "Nothing unattributed: every line belongs to an epic";
        }
        return Figures.money(g.effective(), pc) + " in " + Figures.lines(g.lines()) + " (" + Figures.share(g.effective(), whole)
                + " of the spend) matched no rule";
    }

    /** The largest sources, with their share of {@code whole}. */
    static List<SpendRow> sources(List<SpendGroup> groups, String pc, BigDecimal whole) {
        return groups.stream().limit(SOURCES_SHOWN).map(g -> SpendRow.of(g, Map.of(), pc, whole)).toList();
    }

    /** What the list of largest sources leaves out: {@code + 2 more sources: $210.00}; empty when nothing. */
    static String more(List<SpendGroup> groups, String pc) {
        if (groups.size() <= SOURCES_SHOWN) {
            return "";
        }
        List<SpendGroup> rest = groups.subList(SOURCES_SHOWN, groups.size());
        BigDecimal sum = rest.stream().map(SpendGroup::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
        return "+ " + rest.size() + (rest.size() == 1 ? " more source: " : " more sources: ") + Figures.money(sum, pc);
    }

    /** @param scope whose lines: "of this file", "stored" */
    static String outside(Span s, String pc, String scope) {
        if (s.lines() == 0) {
            return "None: every line " + scope + " falls in a sprint";
        }
        return Figures.money(s.effective(), pc) + " in " + Figures.lines(s.lines()) + " charged " + Figures.span(s.first(), s.last())
                + ", in no sprint's dates (kept, never dropped)";
    }
}
