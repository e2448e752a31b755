package app.envelope.service;

import app.envelope.billing.ReadResult;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.SpendGroup;
import java.util.List;

/**
 * What an import did: the stored batch, the read's counts, totals and rejections, and the batch's
 * spend by sprint and by epic (in the portfolio currency), the unattributed and the
 * outside-any-sprint parts included; and where its time went.
 */
public record ImportReport(Batch batch, ReadResult read, List<SpendGroup> bySprint, List<SpendGroup> byEpic,
                           List<SpendGroup> unattributedSources, ImportTimings timings) {

    public ImportReport {
        timings = timings == null ? ImportTimings.UNKNOWN : timings;
    }

    /** A report without timings. */
    public ImportReport(Batch batch, ReadResult read, List<SpendGroup> bySprint, List<SpendGroup> byEpic,
                        List<SpendGroup> unattributedSources) {
        this(batch, read, bySprint, byEpic, unattributedSources, ImportTimings.UNKNOWN);
    }

    public SpendGroup unattributed() {
        return byEpic.stream().filter(g -> g.key().equals(SpendGroup.UNATTRIBUTED)).findFirst().orElse(null);
    }

    public SpendGroup outsideSprints() {
        return bySprint.stream().filter(g -> g.key().equals(SpendGroup.OUTSIDE_SPRINTS)).findFirst().orElse(null);
    }
}
