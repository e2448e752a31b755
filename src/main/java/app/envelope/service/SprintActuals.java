package app.envelope.service;

import app.envelope.domain.Sprint;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A sprint's stored actuals, and everything stored outside any sprint. */
public record SprintActuals(Sprint sprint, List<SpendGroup> byEpic, SpendGroup unattributed,
                            List<SpendGroup> unattributedSources, Span outsideAnySprint, int batches,
                            Map<String, String> epicTitles, String currency) {
    /** Attributed plus unattributed spend charged in the sprint. */
    public BigDecimal total() {
        BigDecimal t = unattributed.effective() == null ? BigDecimal.ZERO : unattributed.effective();
        for (SpendGroup g : byEpic) {
            t = t.add(g.effective());
        }
        return t;
    }
}
