package app.envelope.service;

import app.envelope.billing.BillingFileReader;
import app.envelope.billing.ImportCancelledException;
import app.envelope.billing.ImportProgress;
import app.envelope.billing.ReadResult;
import app.envelope.billing.UnreadableFileException;
import app.envelope.billing.table.Sha256;
import app.envelope.billing.attribution.AttributionEngine;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.domain.BillingLine;
import app.envelope.domain.FxRate;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.FxUse;
import app.envelope.store.BillingRepository.Span;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.BillingRepository.Summary;
import app.envelope.store.SpendGroup;
import app.envelope.store.Store;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Imports one vendor billing file as one batch: refuses a file imported before (by SHA-256),
 * reads it streaming, attributes each line to an epic and a sprint, converts its currency at the
 * dated FX rate, and stores all of its good rows or nothing (readers see the batch only once complete).
 *
 * <p>The file is read (parsed, validated, mapped and attributed) on a second thread while the
 * calling thread stores the lines, so {@code progress} and {@code cancelled} are called from that
 * reading thread. The report's spend by sprint, epic and unattributed source is summed by the
 * store as the lines are stored, and read back from its sums of the batch.
 */
public final class ImportService {
    private final Store store;
    private final BillingFileReader reader;
    private final MappingStore mappings;

    public ImportService(Store store, BillingFileReader reader, MappingStore mappings) {
        this.store = store;
        this.reader = reader;
        this.mappings = mappings;
    }

    public ImportReport importFile(Path file, ImportProgress progress, BooleanSupplier cancelled)
            throws UnreadableFileException {
        try {
            return importChecked(file, progress, cancelled);
        } catch (Refused e) {
            throw e.cause;
        }
    }

    private ImportReport importChecked(Path file, ImportProgress progress, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        FileState before = FileState.of(file);
        // The same file has the same size: when no batch has this one's, it cannot be a duplicate and
        // is not read twice (decision 0022); its hash is computed as it is read, and checked again at the end.
        String sha = store.billing().mayHoldFileOfSize(before.bytes()) ? sha256(file) : null;
        if (sha != null) {
            refuseIfImported(file, sha);
        }
        RateCard card = store.rateCard().load();
        List<Sprint> sprints = store.portfolio().sprints();
        AttributionEngine engine = new Attribution(store).engine();
        ReadAhead<StoredLine> ahead = new ReadAhead<>();
        ReadResult[] result = new ReadResult[1];
        long[] marks = new long[2];
        marks[0] = System.nanoTime();
        boolean[] interrupted = {false};
        Batch batch;
        try {
            batch = store.billing().importBatch(file.getFileName().toString(), sha, before.bytes(), sink -> {
                try {
                    // Parse, map and attribute on a second thread; store here, in this thread's transaction.
                    result[0] = ahead.run("envelope-import-reader", lines -> readAll(file, progress,
                            () -> ahead.stopped() || cancelled.getAsBoolean(),
                            new Attributing(engine, sprints, card, file, lines)), sink);
                } catch (ReadAhead.Interrupted e) {
                    interrupted[0] = true;
                    throw new ImportCancelledException(file.getFileName().toString(), ahead.stored());
                }
                if (sha != null ? !sha.equals(result[0].sha256()) : !before.equals(FileState.of(file))) {
                    // The batch keeps the hash of what was read: a file still being written (an export
                    // in progress, a sync) would be stored under a hash it no longer has.
                    throw new Refused(new UnreadableFileException(file, "changed while it was being imported (its"
                            + " content, size or time is no longer what it was when the import began); nothing was stored."
                            + " Import it again once the file is complete"));
                }
                if (result[0].rowsImported() == 0) {
                    throw new Refused(new UnreadableFileException(file, "no row could be imported ("
                            + result[0].rejectedCount() + " rejected); nothing was stored"));
                }
                ReadResult r = result[0];
                if (sha == null) {
                    refuseIfImported(file, r.sha256());
                }
                marks[1] = System.nanoTime();
                return new Summary(r.formatId(), r.formatName(), r.rowsRead(), r.rowsImported(), r.rejectedCount(),
                        r.listTotal(), r.effectiveTotal(), r.billedTotal(), r.currency(), r.sha256());
            });
        } finally {
            if (interrupted[0]) {
                Thread.currentThread().interrupt();
            }
        }
        long t3 = System.nanoTime();
        // The batch's sums were stored with it (a few hundred rows, however many lines): read them back.
        long id = batch.id();
        List<SpendGroup> bySprint = store.billing().spend(id, SpendGroup.By.SPRINT);
        List<SpendGroup> byEpic = store.billing().spend(id, SpendGroup.By.EPIC);
        List<SpendGroup> sources = store.billing().spend(id, SpendGroup.By.UNATTRIBUTED_SOURCE);
        Span outside = store.billing().outsideSprints(id);
        List<FxUse> fx = store.billing().fxUsed(id);
        long t4 = System.nanoTime();
        ReadAhead.Times times = ahead.times();
        ImportTimings timings = new ImportTimings(Duration.ofNanos(marks[0] - t0), Duration.ofNanos(times.reading()),
                Duration.ofNanos(times.readingCpu()), Duration.ofNanos(times.storing()), Duration.ofNanos(times.waiting()),
                Duration.ofNanos(t3 - marks[1]), Duration.ofNanos(t4 - t3), Duration.ofNanos(t4 - t0));
        return new ImportReport(batch, result[0], bySprint, byEpic, sources, outside, fx, timings);
    }

    private void refuseIfImported(Path file, String sha) {
        Optional<Batch> earlier = store.billing().batchBySha(sha);
        if (earlier.isPresent()) {
            Batch b = earlier.get();
            throw new DuplicateImportException(file.getFileName() + " was already imported on "
                    + DateTimeFormatter.ISO_LOCAL_DATE.format(b.importedAt().atOffset(ZoneOffset.UTC)) + " as batch #"
                    + b.id() + " (\"" + b.fileName() + "\", " + b.rowsImported() + " rows). Delete that batch to import it again.");
        }
    }

    /** A file's size and last change, to see whether it changed while it was read. */
    private record FileState(long bytes, FileTime modified) {
        static FileState of(Path file) {
            try {
                return new FileState(Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new Refused(new UnreadableFileException(file, "cannot be read: " + e.getMessage()));
            }
        }
    }

    private ReadResult readAll(Path file, ImportProgress progress, BooleanSupplier cancelled, Consumer<BillingLine> sink) {
        try {
            return reader.read(file, mappings, sink, progress, cancelled);
        } catch (UnreadableFileException e) {
            throw new Refused(e);
        }
    }

    /**
     * Gives each line read its epic, sprint and FX rate, on the reading thread. A class rather than
     * a lambda, so that the JIT compiles this per-line work once rather than twice (the lambda's body,
     * then again inside the generated class that calls it), which a new JVM's first import waits for.
     */
    private record Attributing(AttributionEngine engine, List<Sprint> sprints, RateCard card, Path file,
                               Consumer<StoredLine> next) implements Consumer<BillingLine> {
        @Override
        public void accept(BillingLine line) {
            next.accept(new StoredLine(0, 0, line, engine.attribute(line), sprintOf(sprints, line.chargeDate()),
                    fxRate(card, line, file)));
        }
    }

    private static Long sprintOf(List<Sprint> sprints, LocalDate date) {
        for (Sprint s : sprints) {
            if (s.contains(date)) {
                return s.id();
            }
        }
        return null;
    }

    /** 1 for the portfolio currency; else the rate card's rate in force on the charge date, or the file is refused. */
    private static BigDecimal fxRate(RateCard card, BillingLine line, Path file) {
        if (line.currency().equalsIgnoreCase(card.currency())) {
            return BigDecimal.ONE;
        }
        String currency = line.currency().toUpperCase(Locale.ROOT);
        return card.fxRate(currency, line.chargeDate()).map(FxRate::rate).orElseThrow(() -> new Refused(
                new UnreadableFileException(file, "row " + line.rowNumber() + ": no FX rate for " + currency + " on "
                        + line.chargeDate() + " on the rate card; add one and import again. Nothing was stored")));
    }

    static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new Refused(new UnreadableFileException(file, "cannot be read: " + e.getMessage()));
        }
    }

    /** Carries a refusal out of the transaction so that it rolls back, then is rethrown as itself. */
    private static final class Refused extends RuntimeException {
        private final UnreadableFileException cause;

        Refused(UnreadableFileException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
