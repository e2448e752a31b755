package app.envelope.ui.actuals;

import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A group of spend in the portfolio currency, as text for a table: an epic (with its title) or an
 * unattributed source, its lines, its list, effective and billed spend and its share of the whole.
 */
public record SpendRow(String key, String title, String lines, String list, String effective, String billed,
                       String share, BigDecimal effectiveValue) {

    static SpendRow of(SpendGroup g, Map<String, String> titles, String currency, BigDecimal whole) {
        return new SpendRow(g.key(), titles.getOrDefault(g.key(), ""), Figures.count(g.lines()),
                Figures.money(g.list(), currency), Figures.money(g.effective(), currency),
                Figures.money(g.billed(), currency), Figures.share(g.effective(), whole), g.effective());
    }
}
