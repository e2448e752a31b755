package app.envelope.service;

import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.domain.Epic;
import java.util.List;

/** The stored rules and option, with what the editor offers: the portfolio's epics and the tag keys seen on lines. */
public record RulesState(List<AttributionRule> rules, EpicKeyOption option, List<Epic> epics, List<String> tagKeys) {
}
