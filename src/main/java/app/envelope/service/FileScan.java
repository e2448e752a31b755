package app.envelope.service;

import app.envelope.billing.ReadResult;
import app.envelope.store.BillingRepository.Batch;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole file read without storing it.
 *
 * @param read           counts, totals (in the file's currency), currency, rejected rows, SHA-256
 * @param importedBefore the batch this same file was imported as, if any
 * @param fx             the rates an import would use, per currency and rate-card entry
 * @param missingFx      currency → first charge date with no FX rate on the rate card (an import would be refused)
 * @param outsideSprints lines whose charge date is in no sprint
 */
public record FileScan(ReadResult read, Optional<Batch> importedBefore, List<FxUsed> fx,
                       Map<String, LocalDate> missingFx, long outsideSprints, String portfolioCurrency) {
    public FileScan {
        fx = List.copyOf(fx);
        missingFx = Map.copyOf(missingFx);
    }
}
