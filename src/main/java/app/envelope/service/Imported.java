package app.envelope.service;

/** An import just made: the service's report (with the rejected rows) and the stored batch summarised. */
public record Imported(ImportReport report, BatchSummary summary) {
}
