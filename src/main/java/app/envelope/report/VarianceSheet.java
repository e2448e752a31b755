package app.envelope.report;

import app.envelope.domain.Epic;
import app.envelope.report.Styles.Kind;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Variance sheet: per sprint and epic, planned against actual token and tooling spend. The
 * planned figures are live sums over the Epics sheet; the token variance is split into volume,
 * mix and price when the export has that split, and says so when it does not.
 */
final class VarianceSheet {
    static final String NAME = "Variance";
    static final String SPLIT_MISSING = "Volume, mix and price split not available in this export.";
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;
    static final int NO = 0, SPRINT = 1, EPIC = 2, TITLE = 3, PLANNED_TOKENS = 4, ACTUAL_TOKENS = 5, TOKEN_VARIANCE = 6,
            VOLUME = 7, MIX = 8, PRICE = 9, PLANNED_TOOLING = 10, ACTUAL_TOOLING = 11, TOOLING_VARIANCE = 12, NOTE = 13;
    static final String[] HEADERS = {"Sprint #", "Sprint", "Epic", "Title", "Planned tokens T50", "Actual tokens",
            "Token variance (actual − plan)", "of which volume", "of which mix", "of which price", "Planned tooling U",
            "Actual tooling", "Tooling variance", "Note"};
    static final Formula F_PLANNED_TOKENS = Formula.of("SUMIFS(Epics_T50,Epics_SprintNo,$A{r},Epics_Epic,$C{r})");
    static final Formula F_PLANNED_TOOLING = Formula.of("SUMIFS(Epics_Tooling,Epics_SprintNo,$A{r},Epics_Epic,$C{r})");
    static final Formula F_TOKEN_VARIANCE = Formula.of("F{r}-E{r}");
    static final Formula F_TOOLING_VARIANCE = Formula.of("L{r}-K{r}");

    private final Out out;
    private final WorkbookInput in;

    VarianceSheet(Out out, WorkbookInput in) {
        this.out = out;
        this.in = in;
    }

    void write() {
        out.widths(8, 14, 14, 30, 15, 14, 16, 13, 13, 13, 14, 14, 14, 60);
        String split = in.actuals().splitAvailable()
                ? "Volume = more or fewer tokens than planned; mix = another model tier than planned, at rate-card price; "
                        + "price = the vendor charged other than the rate card. The three add up to the token variance; "
                        + "n/a where the billing lines do not allow the split (see Note). The split is as exported: it does not "
                        + "recompute when an input changes. Definitions: docs/variance.md."
                : SPLIT_MISSING + " Token variance is actual − planned; positive is over plan.";
        out.styled(out.row(0), 0, "Plan against actual per epic, in " + in.currency() + ". " + split, out.styles().subtitle);
        out.header(HEADER_ROW, HEADERS, null);
        Map<Integer, String> names = SheetSupport.sprintNames(in);
        Map<String, Epic> epics = in.epics();
        int i = FIRST_ROW;
        for (SprintPlan s : in.sprints()) {
            SprintActuals a = in.actuals().sprint(s.number());
            for (EpicVariance v : a.epics()) {
                row(i++, s.number(), names.get(s.number()), v, v.unattributed() ? null : epics.get(v.epicKey()));
            }
        }
        if (i == FIRST_ROW) {
            out.styled(out.row(i++), 0, "No plan lines and no billing in these sprints.", out.styles().subtitle);
        }
        SheetSupport.finish(out, HEADER_ROW, FIRST_ROW, i - 1, HEADERS.length, 3);
    }

    private void row(int i, int number, String sprint, EpicVariance v, Epic epic) {
        Row r = out.row(i);
        out.number(r, NO, number, Kind.KEY, false);
        out.text(r, SPRINT, sprint, false);
        if (v.unattributed()) {
            out.text(r, EPIC, ActualsSheet.UNATTRIBUTED, false);
            out.text(r, TITLE, "not attributed (see Unattributed)", false);
            out.number(r, PLANNED_TOKENS, v.plannedTokens(), Kind.MONEY, false);
        } else {
            out.text(r, EPIC, v.epicKey(), false);
            out.text(r, TITLE, epic == null ? "" : epic.title(), false);
            out.formula(r, PLANNED_TOKENS, F_PLANNED_TOKENS.at(i), v.plannedTokens(), Kind.MONEY, false);
        }
        out.number(r, ACTUAL_TOKENS, v.actualTokens(), Kind.MONEY, false);
        out.formula(r, TOKEN_VARIANCE, F_TOKEN_VARIANCE.at(i), v.tokenVariance(), Kind.MONEY, false);
        if (v.hasSplit()) {
            out.number(r, VOLUME, v.volume(), Kind.MONEY, false);
            out.number(r, MIX, v.mix(), Kind.MONEY, false);
            out.number(r, PRICE, v.price(), Kind.MONEY, false);
        } else {
            for (int c = VOLUME; c <= PRICE; c++) {
                out.code(r, c, "n/a", false);
            }
        }
        if (v.unattributed()) {
            out.number(r, PLANNED_TOOLING, v.plannedTooling(), Kind.MONEY, false);
        } else {
            out.formula(r, PLANNED_TOOLING, F_PLANNED_TOOLING.at(i), v.plannedTooling(), Kind.MONEY, false);
        }
        out.number(r, ACTUAL_TOOLING, v.actualTooling(), Kind.MONEY, false);
        out.formula(r, TOOLING_VARIANCE, F_TOOLING_VARIANCE.at(i), v.actualTooling().subtract(v.plannedTooling()),
                Kind.MONEY, false);
        out.note(r, NOTE, v.note());
    }
}
