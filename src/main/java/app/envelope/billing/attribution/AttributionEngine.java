package app.envelope.billing.attribution;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.util.Collection;
import java.util.List;

/**
 * Attributes billing lines to epics: ordered rules, first match wins, plus optionally an epic key
 * found in the repository, project, workspace or API key name. Unmatched lines are
 * unattributed (null). Pure and thread-safe.
 */
public final class AttributionEngine {
    private final List<AttributionRule> rules;
    private final EpicKeyOption option;
    private final EpicKeyFinder finder;

    public AttributionEngine(List<AttributionRule> rules, EpicKeyOption option, Collection<String> knownEpicKeys) {
        this.rules = List.copyOf(rules);
        this.option = option;
        this.finder = new EpicKeyFinder(knownEpicKeys);
    }

    /** @return the epic key, or null when the line is unattributed */
    public String attribute(BillingLine line) {
        if (option == EpicKeyOption.BEFORE_RULES) {
            String key = keyInNames(line);
            if (key != null) return key;
        }
        for (AttributionRule r : rules) {
            if (r.matches(line)) return r.epicKey();
        }
        return option == EpicKeyOption.AFTER_RULES ? keyInNames(line) : null;
    }

    private String keyInNames(BillingLine line) {
        WorkTags t = line.tags();
        String key = finder.find(t.repository());
        if (key == null) key = finder.find(t.project());
        if (key == null) key = finder.find(t.workspace());
        if (key == null) key = finder.find(t.apiKeyName());
        return key;
    }
}
