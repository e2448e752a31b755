package app.envelope.service;

import app.envelope.billing.ReadResult;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.FxUse;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.SpendGroup;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an import did: the stored batch, the read's counts, totals and rejections, and the batch's
 * spend by sprint and by epic (in the portfolio currency), the unattributed and the
 * outside-any-sprint parts included; the lines with no sprint and the FX rates used; and where its
 * time went. The spend figures equal what {@code BillingRepository} returns for the batch
 * ({@code spend}, {@code outsideSprints}, {@code fxUsed}); they were totalled while storing.
 */
public record ImportReport(Batch batch, ReadResult read, List<SpendGroup> bySprint, List<SpendGroup> byEpic,
                           List<SpendGroup> unattributedSources, Span outsideAnySprint, List<FxUse> fxUsed,
                           ImportTimings timings) {

    public ImportReport {
        outsideAnySprint = outsideAnySprint == null ? new Span(0, BigDecimal.ZERO, null, null) : outsideAnySprint;
        fxUsed = fxUsed == null ? List.of() : List.copyOf(fxUsed);
        timings = timings == null ? ImportTimings.UNKNOWN : timings;
    }

    /** A report without the outside-sprint span, FX rates and timings. */
    public ImportReport(Batch batch, ReadResult read, List<SpendGroup> bySprint, List<SpendGroup> byEpic,
                        List<SpendGroup> unattributedSources) {
        this(batch, read, bySprint, byEpic, unattributedSources, null, null, null);
    }

    public SpendGroup unattributed() {
        return byEpic.stream().filter(g -> g.key().equals(SpendGroup.UNATTRIBUTED)).findFirst().orElse(null);
    }

    public SpendGroup outsideSprints() {
        return bySprint.stream().filter(g -> g.key().equals(SpendGroup.OUTSIDE_SPRINTS)).findFirst().orElse(null);
    }
}
