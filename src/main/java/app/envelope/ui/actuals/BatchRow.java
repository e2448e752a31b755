package app.envelope.ui.actuals;

import app.envelope.store.BillingRepository.Batch;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A stored batch (one imported file) as text for the batch list. */
public record BatchRow(Batch batch, String id, String file, String format, String importedAt, String rows,
                       String rejected, String effective) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static BatchRow of(Batch b, ZoneId zone) {
        return new BatchRow(b, "#" + b.id(), b.fileName(), b.formatName(), WHEN.format(b.importedAt().atZone(zone)),
                Figures.count(b.rowsImported()), Figures.count(b.rowsRejected()),
                Figures.money(b.totalEffective(), b.currency()));
    }

    /** The question before deleting this batch: what goes, and how to bring it back. */
    public String deleteQuestion() {
        return "Delete batch " + id + " (" + file + ", " + rows + " lines, " + effective + ")? Its lines leave every total;"
                + " import the file again to bring them back.";
    }
}
