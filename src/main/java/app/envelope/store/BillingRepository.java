package app.envelope.store;

import app.envelope.domain.BillingLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Imported billing files: one batch per file, stored with all its good rows or none. */
public interface BillingRepository {

    /** An imported file. Totals are in the file's currency, at full precision; null where the file has no such column. */
    record Batch(long id, String fileName, String sha256, String formatId, String formatName, Instant importedAt,
                 long rowsRead, long rowsImported, long rowsRejected, BigDecimal totalList, BigDecimal totalEffective,
                 BigDecimal totalBilled, String currency) {
    }

    /**
     * What the reading of a file reports when it is done; stored on the batch. {@code sha256} is the
     * hash of the bytes read, needed when the import began without one (see {@link #importBatch(String,
     * String, Long, Function)}), else null.
     */
    record Summary(String formatId, String formatName, long rowsRead, long rowsImported, long rowsRejected,
                   BigDecimal totalList, BigDecimal totalEffective, BigDecimal totalBilled, String currency, String sha256) {
        public Summary(String formatId, String formatName, long rowsRead, long rowsImported, long rowsRejected,
                       BigDecimal totalList, BigDecimal totalEffective, BigDecimal totalBilled, String currency) {
            this(formatId, formatName, rowsRead, rowsImported, rowsRejected, totalList, totalEffective, totalBilled, currency,
                    null);
        }
    }

    /**
     * A canonical line as stored: its epic (null = unattributed), its sprint (null = outside any
     * sprint) and the FX rate into the portfolio currency at its charge date.
     */
    record StoredLine(long id, long batchId, BillingLine line, String epicKey, Long sprintId, BigDecimal fxRate) {
        public BigDecimal effectiveInPortfolio() {
            return line.effectiveCost().multiply(fxRate);
        }
    }

    /**
     * Stores one file as one batch, all or nothing: {@code reading} is given a sink for the file's
     * lines (with id and batch id 0) and returns the summary. The lines are committed in chunks but
     * no query sees any of them until the last is stored; if {@code reading} throws (a refused file,
     * a cancel, any failure) the chunks are deleted and nothing of the file is stored, and those of
     * a killed process are deleted when the store is next opened.
     */
    default Batch importBatch(String fileName, String sha256, Function<Consumer<StoredLine>, Summary> reading) {
        return importBatch(fileName, sha256, null, reading);
    }

    /**
     * As {@link #importBatch(String, String, Function)}, keeping the file's size too; {@code sha256}
     * may be null when the file was not hashed before its reading began, and the summary then
     * gives it. The batch holds its hash only once complete.
     */
    Batch importBatch(String fileName, String sha256, Long fileBytes, Function<Consumer<StoredLine>, Summary> reading);

    Optional<Batch> batchBySha(String sha256);

    /**
     * Whether a file of this size may have been imported before: a complete batch has that size,
     * or was imported before sizes were kept. When not, the file cannot be a duplicate of any batch.
     */
    boolean mayHoldFileOfSize(long bytes);

    List<Batch> batches();

    /** Deletes a batch and its lines (undo of an import). Returns whether it existed. */
    boolean deleteBatch(long batchId);

    /** Streams the stored lines (of one batch, or all when {@code batchId} is null) in import order. */
    void forEachLine(Long batchId, Consumer<StoredLine> consumer);

    /** Re-attributes every stored line in one transaction; returns how many lines changed epic. */
    long reattribute(Function<BillingLine, String> epicOf);

    /** Spend grouped by a key, in the portfolio currency; see {@link SpendGroup}. */
    List<SpendGroup> spend(Long batchId, SpendGroup.By by);

    /**
     * Spend of the lines charged within one sprint, in the portfolio currency, grouped
     * {@link SpendGroup.By#EPIC by epic} or {@link SpendGroup.By#UNATTRIBUTED_SOURCE by unattributed source}.
     */
    List<SpendGroup> sprintSpend(long sprintId, SpendGroup.By by);

    /** The FX rates stored lines (of one batch, or all when null) were converted at, per currency and rate. */
    List<FxUse> fxUsed(Long batchId);

    /** Lines (of one batch, or all when null) whose charge date is in no sprint. */
    Span outsideSprints(Long batchId);

    /** The keys of the raw tags (FOCUS {@code Tags}) on stored lines, sorted ignoring case (kept per batch, so all of them). */
    List<String> tagKeys();

    /** Lines of one currency converted at one rate: how many, and their first and last charge date. */
    record FxUse(String currency, BigDecimal rate, LocalDate first, LocalDate last, long lines) {
    }

    /** A group of lines: how many, their effective spend in the portfolio currency, first and last charge date (null when none). */
    record Span(long lines, BigDecimal effective, LocalDate first, LocalDate last) {
    }

    List<RuleRow> rules();

    /**
     * The distinct user names (people, e-mails) on attributed billing lines, by epic key, in
     * alphabetical order. Deliberately no amounts: budgets are on work, not people, so nothing
     * ranks people by spend. Used by the presenter's "revealed" panel.
     */
    default java.util.SortedMap<String, List<String>> usersByEpic() {
        java.util.SortedMap<String, java.util.SortedSet<String>> users = new java.util.TreeMap<>();
        forEachLine(null, l -> {
            String user = l.line().tags().user();
            if (l.epicKey() != null && user != null && !user.isBlank()) {
                users.computeIfAbsent(l.epicKey(), k -> new java.util.TreeSet<>()).add(user.trim());
            }
        });
        java.util.SortedMap<String, List<String>> result = new java.util.TreeMap<>();
        users.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    void replaceRules(List<RuleRow> rules);

    /** A stored attribution rule in its order. */
    record RuleRow(int position, String field, String operator, String value, String epicKey) {
    }
}
