package app.envelope.service;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.Preview;
import app.envelope.billing.ReadResult;
import app.envelope.billing.TableSample;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.attribution.AttributionRule;
import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.mapping.ColumnMapping;
import app.envelope.billing.mapping.InMemoryMappingStore;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.domain.Epic;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.PlanQueries;
import app.envelope.store.SpendGroup;
import app.envelope.store.Store;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the Actuals screen asks of the billing files and the store: look at a file before anything
 * is stored (its format, first rows, totals, FX and sprints), map an unknown file's columns and
 * save the mapping, import, list and delete batches, summarise a batch or a sprint, and change the
 * attribution rules. Every method may be slow (files, database): call it off the UI thread.
 */
public final class ActualsService {
    private final Store store;
    private final BillingFileReader reader;
    private final MappingStore mappings;
    private final ImportService importer;
    private final Attribution attribution;

    public ActualsService(Store store, BillingFileReader reader, MappingStore mappings) {
        this.store = store;
        this.reader = reader;
        this.mappings = mappings;
        this.importer = new ImportService(store, reader, mappings);
        this.attribution = new Attribution(store);
    }

    public MappingStore mappings() {
        return mappings;
    }

    public String portfolioCurrency() {
        return store.rateCard().load().currency();
    }

    // Looking at a file before importing it //

    /** The detected format and the first rows in canonical form. */
    public Preview preview(Path file) throws UnreadableFileException {
        return reader.preview(file, mappings, BillingFileReader.PREVIEW_ROWS);
    }

    /** The header and first raw rows, for the column-mapping dialog. */
    public TableSample sample(Path file) throws UnreadableFileException {
        return reader.peek(file, BillingFileReader.PREVIEW_ROWS);
    }

    /** The first rows read through a mapping that is not saved yet (the mapping dialog's live preview). */
    public Preview previewWith(Path file, ColumnMapping candidate) throws UnreadableFileException {
        InMemoryMappingStore only = new InMemoryMappingStore();
        only.save(candidate);
        return reader.preview(file, only, BillingFileReader.PREVIEW_ROWS);
    }

    /** The saved mapping for this header, if any (to edit it). */
    public Optional<ColumnMapping> savedMapping(Collection<String> header) {
        return mappings.findByHeader(header);
    }

    public void saveMapping(ColumnMapping mapping) {
        mappings.save(mapping);
    }

    /**
     * Reads the whole file without storing anything: its row counts, totals and currency, the FX
     * rates an import would use, how many lines fall outside every sprint, and whether the same
     * file was imported before.
     */
    public FileScan scan(Path file, ImportProgress progress, BooleanSupplier cancelled) throws UnreadableFileException {
        RateCard card = store.rateCard().load();
        List<Sprint> sprints = store.portfolio().sprints();
        FxCollector fx = new FxCollector(card);
        long[] outside = {0};
        ReadResult read = reader.read(file, mappings, line -> {
            fx.add(line);
            if (sprints.stream().noneMatch(s -> s.contains(line.chargeDate()))) {
                outside[0]++;
            }
        }, progress, cancelled);
        Optional<Batch> before = store.billing().batchBySha(read.sha256());
        return new FileScan(read, before, fx.used(), fx.missing(), outside[0], card.currency());
    }

    // Importing //

    /** Imports the file as one batch (see {@link ImportService}) and summarises what was stored. */
    public Imported importFile(Path file, ImportProgress progress, BooleanSupplier cancelled)
            throws UnreadableFileException {
        ImportReport report = importer.importFile(file, progress, cancelled);
        return new Imported(report, summary(report));
    }

    /** The batch just imported, summarised from the totals the import kept (equal to {@link #summary(Batch)}, without re-reading its lines). */
    BatchSummary summary(ImportReport report) {
        RateCard card = store.rateCard().load();
        return new BatchSummary(report.batch(), attributed(report.byEpic()), unattributed(report.byEpic()),
                report.unattributedSources(), report.bySprint(), report.outsideAnySprint(), FxCollector.stored(card, report.fxUsed()),
                epicTitles(), card.currency());
    }

    public List<Batch> batches() {
        return store.billing().batches();
    }

    /** Deletes a batch and its lines: the undo of an import. */
    public boolean deleteBatch(long batchId) {
        return store.billing().deleteBatch(batchId);
    }

    /** The last imported batch, summarised, if any batch is stored. */
    public Optional<BatchSummary> latestBatch() {
        List<Batch> all = batches();
        return all.isEmpty() ? Optional.empty() : Optional.of(summary(all.get(all.size() - 1)));
    }

    public BatchSummary summary(Batch batch) {
        long id = batch.id();
        List<SpendGroup> byEpic = store.billing().spend(id, SpendGroup.By.EPIC);
        RateCard card = store.rateCard().load();
        return new BatchSummary(batch, attributed(byEpic), unattributed(byEpic),
                store.billing().spend(id, SpendGroup.By.UNATTRIBUTED_SOURCE), store.billing().spend(id, SpendGroup.By.SPRINT),
                store.billing().outsideSprints(id), FxCollector.stored(card, store.billing().fxUsed(id)), epicTitles(),
                card.currency());
    }

    // Sprints //

    public List<Sprint> sprints() {
        return store.portfolio().sprints();
    }

    /** The sprint whose actuals are worth showing first: the last closed one, else the current one. */
    public Optional<Sprint> defaultSprint() {
        PlanQueries q = new PlanQueries(store);
        return q.lastClosedSprint().or(q::currentSprint);
    }

    /** What is stored for a sprint: spend by epic, unattributed with its largest sources; and everything outside any sprint. */
    public SprintActuals sprintActuals(Sprint sprint) {
        List<SpendGroup> byEpic = store.billing().sprintSpend(sprint.id(), SpendGroup.By.EPIC);
        return new SprintActuals(sprint, attributed(byEpic), unattributed(byEpic),
                store.billing().sprintSpend(sprint.id(), SpendGroup.By.UNATTRIBUTED_SOURCE),
                store.billing().outsideSprints(null), store.billing().batches().size(), epicTitles(), portfolioCurrency());
    }

    // Attribution rules //

    public RulesState rules() {
        return new RulesState(attribution.rules(), attribution.option(), store.portfolio().epics(),
                store.billing().tagKeys());
    }

    /** Stores the rules and option and re-attributes every stored line; returns how many lines changed epic. */
    public long changeRules(List<AttributionRule> rules, EpicKeyOption option) {
        return attribution.change(rules, option);
    }

    // Helpers //

    private Map<String, String> epicTitles() {
        return store.portfolio().epics().stream().collect(Collectors.toMap(Epic::key, Epic::title, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static List<SpendGroup> attributed(List<SpendGroup> byEpic) {
        return byEpic.stream().filter(g -> !g.key().equals(SpendGroup.UNATTRIBUTED)).toList();
    }

    private static SpendGroup unattributed(List<SpendGroup> byEpic) {
        return byEpic.stream().filter(g -> g.key().equals(SpendGroup.UNATTRIBUTED)).findFirst()
                .orElse(new SpendGroup(SpendGroup.UNATTRIBUTED, 0, null, BigDecimal.ZERO, null));
    }
}
