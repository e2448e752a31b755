package app.envelope.billing;

import app.envelope.billing.format.DetectedFormat;
import app.envelope.billing.format.Header;
import app.envelope.billing.format.Row;
import app.envelope.billing.format.RowRejectedException;
import app.envelope.billing.mapping.MappingStore;
import app.envelope.billing.table.TableReader;
import app.envelope.billing.table.TableReaders;
import app.envelope.billing.table.TableRow;
import app.envelope.billing.table.UnreadableTableException;
import app.envelope.domain.BillingLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads a vendor billing file (CSV or XLSX) in one streaming pass: detects the format by its
 * header, maps every row to a {@link BillingLine} for the sink, rejects bad rows with a reason,
 * totals the money and hashes the file. Stateless and thread-safe.
 *
 * <p>The sink sees lines as they are read. When {@link #read} throws (a refusal found mid-file,
 * such as bytes that are not UTF-8, or a cancellation), the caller must discard what the sink
 * received: a file is imported whole or not at all.
 */
public final class BillingFileReader {
    /** Rows between cancellation checks and progress reports. */
    public static final int CHECK_EVERY = 4096;
    public static final int PREVIEW_ROWS = 20;

    private final FormatDetector detector;

    public BillingFileReader() {
        this(new FormatDetector(KnownFormats.all()));
    }

    public BillingFileReader(FormatDetector detector) {
        this.detector = detector;
    }

    public ReadResult read(Path file, MappingStore mappings, Consumer<BillingLine> sink, ImportProgress progress,
                           BooleanSupplier cancelled) throws UnreadableFileException {
        try (TableReader table = open(file)) {
            Header header = new Header(table.header());
            DetectedFormat format = detector.detect(file, header, mappings);
            Row row = new Row(header, format.decimalStyle() != null ? format.decimalStyle() : table.decimalStyle());
            LineTotals totals = new LineTotals(format.hasListCost(), format.hasBilledCost());
            RejectionLog rejections = new RejectionLog(ReadResult.REJECTIONS_KEPT);
            long read = 0;
            long imported = 0;
            long skipped = 0;
            TableRow tr;
            while ((tr = table.next()) != null) {
                read++;
                long rejectedBefore = rejections.count();
                BillingLine line = map(format, row, tr, rejections);
                if (line != null) {
                    totals.add(line);
                    sink.accept(line);
                    imported++;
                } else if (rejections.count() == rejectedBefore) {
                    skipped++;
                }
                if (read % CHECK_EVERY == 0) {
                    if (cancelled.getAsBoolean()) throw new ImportCancelledException(file.getFileName().toString(), read);
                    progress.update(read, table.bytesRead(), table.totalBytes());
                }
            }
            if (read == 0) throw new UnreadableFileException(file, "has a header but no data rows");
            String sha = table.sha256();
            progress.update(read, table.totalBytes() < 0 ? table.bytesRead() : table.totalBytes(), table.totalBytes());
            return new ReadResult(format.id(), format.displayName(), header.names(), read, imported, skipped,
                    rejections.kept(), rejections.count(), totals.list(), totals.effective(), totals.billed(),
                    totals.currency(), sha);
        } catch (UnreadableTableException e) {
            throw new UnreadableFileException(file, e.getMessage(), List.of(), e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "could not be read: " + e.getMessage(), List.of(), e);
        }
    }

    /** Detects the format and maps the first {@code maxRows} rows, without reading the rest of the file. */
    public Preview preview(Path file, MappingStore mappings, int maxRows) throws UnreadableFileException {
        try (TableReader table = open(file)) {
            Header header = new Header(table.header());
            DetectedFormat format = detector.detect(file, header, mappings);
            Row row = new Row(header, format.decimalStyle() != null ? format.decimalStyle() : table.decimalStyle());
            RejectionLog rejections = new RejectionLog(maxRows);
            List<BillingLine> lines = new ArrayList<>();
            TableRow tr;
            int n = 0;
            while (n < maxRows && (tr = table.next()) != null) {
                n++;
                BillingLine line = map(format, row, tr, rejections);
                if (line != null) lines.add(line);
            }
            if (n == 0) throw new UnreadableFileException(file, "has a header but no data rows");
            return new Preview(format.id(), format.displayName(), header.names(), lines, rejections.kept());
        } catch (UnreadableTableException e) {
            throw new UnreadableFileException(file, e.getMessage(), List.of(), e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "could not be read: " + e.getMessage(), List.of(), e);
        }
    }

    /** The header and first raw rows, whatever the format (for a column-mapping dialog). */
    public TableSample peek(Path file, int maxRows) throws UnreadableFileException {
        try (TableReader table = open(file)) {
            List<List<String>> rows = new ArrayList<>();
            TableRow tr;
            while (rows.size() < maxRows && (tr = table.next()) != null) {
                if (tr.error() == null) rows.add(Arrays.asList(tr.cells()));
            }
            return new TableSample(table.header(), rows);
        } catch (UnreadableTableException e) {
            throw new UnreadableFileException(file, e.getMessage(), List.of(), e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "could not be read: " + e.getMessage(), List.of(), e);
        }
    }

    private static BillingLine map(DetectedFormat format, Row row, TableRow tr, RejectionLog rejections) {
        if (tr.error() != null) {
            rejections.add(tr.number(), tr.error(), tr.cells());
            return null;
        }
        try {
            return format.mapper().map(row.reset(tr.number(), tr.cells()));
        } catch (RowRejectedException e) {
            rejections.add(tr.number(), e.getMessage(), tr.cells());
            return null;
        }
    }

    private static TableReader open(Path file) throws IOException, UnreadableFileException {
        if (!Files.exists(file)) throw new UnreadableFileException(file, "does not exist");
        if (!Files.isRegularFile(file)) throw new UnreadableFileException(file, "is not a file");
        if (!Files.isReadable(file)) throw new UnreadableFileException(file, "cannot be read (no permission)");
        if (Files.size(file) == 0) throw new UnreadableFileException(file, "is empty");
        return TableReaders.open(file);
    }
}
