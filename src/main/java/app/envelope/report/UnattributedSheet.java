package app.envelope.report;

import app.envelope.report.Styles.Kind;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.Row;

/** The Unattributed sheet: spend no attribution rule mapped to an epic, by where it came from. Shown, never dropped. */
final class UnattributedSheet {
    static final String NAME = "Unattributed";
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    static final String[] HEADERS = {"Sprint #", "Sprint", "Imported file", "Vendor", "Source", "Source value", "Product",
            "Billing lines", "List cost", "Effective cost", "Billed cost"};

    private final Out out;
    private final WorkbookInput in;

    UnattributedSheet(Out out, WorkbookInput in) {
        this.out = out;
        this.in = in;
    }

    void write(BooleanSupplier cancelled) {
        out.widths(8, 14, 30, 14, 13, 28, 24, 9, 14, 14, 14);
        out.styled(out.row(0), 0, "Spend no attribution rule mapped to an epic, by source (the first work tag the "
                + "lines carry: repository, project, workspace, API key, cost centre or user). Add a rule in Envelope to "
                + "attribute it.", out.styles().subtitle);
        out.header(HEADER_ROW, HEADERS, null);
        Map<Integer, String> names = SheetSupport.sprintNames(in);
        int i = FIRST_ROW;
        for (UnattributedGroup g : in.actuals().unattributed()) {
            if (i % 500 == 0 && cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            Row r = out.row(i++);
            out.number(r, 0, g.sprintNumber(), Kind.KEY, false);
            out.text(r, 1, names.get(g.sprintNumber()), false);
            out.text(r, 2, g.file(), false);
            out.text(r, 3, g.vendor(), false);
            out.text(r, 4, g.sourceKind(), false);
            out.text(r, 5, g.source(), false);
            out.text(r, 6, g.product(), false);
            out.number(r, 7, g.lines(), Kind.INTEGER, false);
            out.number(r, 8, g.list(), Kind.MONEY, false);
            out.number(r, 9, g.effective(), Kind.MONEY, false);
            out.number(r, 10, g.billed(), Kind.MONEY, false);
        }
        if (i == FIRST_ROW) {
            out.styled(out.row(i++), 0, "Every billing line in these sprints is attributed to an epic.", out.styles().subtitle);
        }
        SheetSupport.finish(out, HEADER_ROW, FIRST_ROW, i - 1, HEADERS.length, 2);
    }
}
