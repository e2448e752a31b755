package app.envelope.service;

import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import java.util.List;
import java.util.Map;

/**
 * A stored batch: its totals (file currency, on the batch) and, in the portfolio currency, its
 * spend by epic, unattributed with its largest sources, by sprint and outside any sprint, and
 * the FX rates used.
 */
public record BatchSummary(Batch batch, List<SpendGroup> byEpic, SpendGroup unattributed,
                           List<SpendGroup> unattributedSources, List<SpendGroup> bySprint, Span outsideSprints,
                           List<FxUsed> fx, Map<String, String> epicTitles, String portfolioCurrency) {
}
