package app.envelope.report;

import app.envelope.domain.Epic;
import app.envelope.report.Styles.Kind;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/** The Actuals sheet: billed spend by sprint, epic, vendor, model and category, at list, effective and billed cost. */
final class ActualsSheet {
    static final String NAME = "Actuals";
    static final String UNATTRIBUTED = "(unattributed)";
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    static final String[] HEADERS = {"Sprint #", "Sprint", "Epic", "Title", "Vendor", "Model", "Category", "Billing lines",
            "Tokens", "List cost", "Effective cost", "Billed cost", "Discount (list − effective)"};
    static final int DISCOUNT = 12;
    static final Formula F_DISCOUNT = Formula.of("IF(ISNUMBER(J{r}),J{r}-K{r},\"\")");

    private final Out out;
    private final WorkbookInput in;

    ActualsSheet(Out out, WorkbookInput in) {
        this.out = out;
        this.in = in;
    }

    void write(BooleanSupplier cancelled) {
        out.widths(8, 14, 11, 30, 14, 24, 10, 9, 16, 14, 14, 14, 14);
        out.styled(out.row(0), 0, "What the vendors billed, by sprint, epic, vendor and model, in " + in.currency()
                + " (each billing line converted at the FX rate of its charge date). Tooling = billing products that "
                + "match a tooling item on Assumptions.", out.styles().subtitle);
        out.header(HEADER_ROW, HEADERS, null);
        Map<Integer, String> names = SheetSupport.sprintNames(in);
        Map<String, Epic> epics = in.epics();
        int i = FIRST_ROW;
        for (ActualGroup g : in.actuals().groups()) {
            if (i % 500 == 0 && cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            Row r = out.row(i);
            out.number(r, 0, g.sprintNumber(), Kind.KEY, false);
            out.text(r, 1, names.get(g.sprintNumber()), false);
            out.text(r, 2, g.epicKey() == null ? UNATTRIBUTED : g.epicKey(), false);
            Epic e = g.epicKey() == null ? null : epics.get(g.epicKey());
            out.text(r, 3, e == null ? "" : e.title(), false);
            out.text(r, 4, g.vendor(), false);
            out.text(r, 5, g.model(), false);
            out.code(r, 6, g.category(), false);
            out.number(r, 7, g.lines(), Kind.INTEGER, false);
            out.number(r, 8, g.tokens(), Kind.TOKENS, false);
            out.number(r, 9, g.list(), Kind.MONEY, false);
            out.number(r, 10, g.effective(), Kind.MONEY, false);
            out.number(r, 11, g.billed(), Kind.MONEY, false);
            if (g.list() == null) {
                out.formulaText(r, DISCOUNT, F_DISCOUNT.at(i), "", Kind.MONEY, false);
            } else {
                out.formula(r, DISCOUNT, F_DISCOUNT.at(i), g.list().subtract(g.effective()), Kind.MONEY, false);
            }
            i++;
        }
        if (i == FIRST_ROW) {
            out.styled(out.row(i++), 0, "No billing lines were charged within these sprints.", out.styles().subtitle);
        }
        SheetSupport.finish(out, HEADER_ROW, FIRST_ROW, i - 1, HEADERS.length, 3);
    }
}
