package app.envelope.service;

import app.envelope.billing.attribution.AttributionEngine;
import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.attribution.RuleOperator;
import app.envelope.domain.Epic;
import app.envelope.store.BillingRepository.RuleRow;
import app.envelope.store.Store;
import java.util.List;
import java.util.Locale;

/** The portfolio's attribution rules and option, as stored, turned into an engine; and changing them. */
public final class Attribution {
    public static final String OPTION_KEY = "attribution.epicKeyInNames";
    private final Store store;

    public Attribution(Store store) {
        this.store = store;
    }

    public EpicKeyOption option() {
        return store.settings().get(OPTION_KEY).map(EpicKeyOption::valueOf).orElse(EpicKeyOption.AFTER_RULES);
    }

    public List<AttributionRule> rules() {
        return store.billing().rules().stream()
                .map(r -> new AttributionRule(r.field(), RuleOperator.valueOf(r.operator()), r.value(), r.epicKey()))
                .toList();
    }

    public AttributionEngine engine() {
        return new AttributionEngine(rules(), option(), store.portfolio().epics().stream().map(Epic::key).toList());
    }

    /**
     * Stores new rules and option (each rule validated when built) and re-attributes every stored
     * line in the same transaction. Returns how many lines changed epic.
     */
    public long change(List<AttributionRule> rules, EpicKeyOption option) {
        List<RuleRow> rows = rules.stream().map(r -> new RuleRow(0, r.field(), r.operator().name(), r.value(),
                r.epicKey().toUpperCase(Locale.ROOT))).toList();
        return store.inTransaction(() -> {
            store.billing().replaceRules(rows);
            store.settings().put(OPTION_KEY, option.name());
            AttributionEngine engine = engine();
            return store.billing().reattribute(engine::attribute);
        });
    }
}
