package app.envelope.report;

import app.envelope.domain.CostLine;
import app.envelope.domain.CostModel;
import app.envelope.domain.Epic;
import app.envelope.domain.Flag;
import app.envelope.domain.LineCost;
import app.envelope.domain.PlanLine;
import app.envelope.domain.PriceBasis;
import app.envelope.domain.Pricing;
import app.envelope.report.Styles.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The Epics sheet: a row per plan line. The inputs are values (blue); every computed column is a
 * live formula over the row's inputs and the Assumptions sheet, reproducing {@link CostModel}:
 * tokens = envelope × effort multiplier; T50/T90 = tokens × blended price; L = hours × rate;
 * R = T90 − T50 (unbounded) or half (bounded) unless overridden; C = L + T50 + U + R; fit and
 * flags by the same rules; and the same again at book price for the subsidy exposure.
 * The only rounding is value density, to six places as Envelope rounds it; fit compares to eight
 * decimal places so that a spreadsheet's binary arithmetic cannot turn C = Z into C &gt; Z.
 */
final class EpicsSheet {
    static final String NAME = "Epics";
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;

    // Inputs
    static final int SPRINT_NO = 0, SPRINT = 1, PRICED_ON = 2, EPIC = 3, TITLE = 4, TEAM = 5, BASIS = 6, VALUE = 7,
            WILLINGNESS = 8, SIZE = 9, TIER = 10, EFFORT = 11, AUTONOMY = 12, SCOPE = 13, LABOUR_H = 14, REVIEW_H = 15,
            ROLE = 16, TOOLING = 17, RISK_OVERRIDE = 18, FUNDED = 19;
    // Formulas
    static final int MULTIPLIER = 20, P50 = 21, P90 = 22, MODEL = 23, BLENDED = 24, T50 = 25, T90 = 26, RATE = 27,
            LABOUR = 28, RISK = 29, COST = 30, DENSITY = 31, NET = 32, HEADROOM = 33, TOKEN_ENVELOPE = 34, FIT = 35,
            FLAGS = 36, BLENDED_BOOK = 37, T50_BOOK = 38, RISK_BOOK = 39, COST_BOOK = 40, FIT_BOOK = 41, SUBSIDISED = 42;

    static final String[] HEADERS = {"Sprint #", "Sprint", "Priced on", "Epic", "Title", "Team", "Value basis",
            "Value Y", "Willingness Z", "Size", "Tier", "Effort", "Autonomy", "Scope", "Labour hours", "Review hours",
            "Role (blank = blended)", "Tooling U", "Risk override (blank = auto)", "Funded",
            "Effort multiplier", "Tokens P50", "Tokens P90", "Model", "Blended price per M tokens", "Token cost T50",
            "Token cost T90", "Labour rate", "Labour L", "Risk reserve R", "Planned cost C", "Value density Y / C",
            "Net value Y − C", "Headroom Z − C", "Token envelope Z − L − U − R", "Fit", "Flags",
            "Blended book price per M", "T50 at book", "R at book", "C at book", "Fit at book",
            "Subsidised (fit worse at book)"};
    private static final int[] WIDTHS = {8, 14, 11, 11, 34, 11, 17, 13, 13, 6, 9, 9, 12, 9, 9, 9, 17, 11, 13, 8,
            10, 15, 15, 18, 13, 13, 13, 11, 13, 13, 14, 10, 13, 13, 15, 8, 20, 13, 13, 13, 14, 8, 12};

    private static final String WHEN = ",\"<=\"&$C{r},";
    private static final String BLENDED_RATE = "SUMIFS(Labour_Hourly,Labour_Role,\"blended\",Labour_From,\"<=\"&$C{r},"
            + "Labour_Until,\">=\"&$C{r})";
    private static final String KEY = "MATCH($C{r}&\"|\"&K{r},Pricing_Key,0)";
    private static final String STARVED = "AND(ROUND(H{r}-AE{r},8)>=0,ROUND(AI{r}-Z{r},8)<0)";
    private static final String OVER = "AND(N{r}=\"bounded\",OR(J{r}=\"XS\",J{r}=\"S\"),OR(K{r}=\"frontier\",L{r}=\"high\"))";

    static final Formula F_MULTIPLIER = Formula.of("SUMIFS(Effort_Multiplier,Effort_Level,L{r},Effort_From" + WHEN
            + "Effort_Until,\">=\"&$C{r})");
    static final Formula F_P50 = Formula.of("SUMIFS(Envelope_P50,Envelope_Size,J{r},Envelope_From" + WHEN
            + "Envelope_Until,\">=\"&$C{r})*U{r}");
    static final Formula F_P90 = Formula.of("SUMIFS(Envelope_P90,Envelope_Size,J{r},Envelope_From" + WHEN
            + "Envelope_Until,\">=\"&$C{r})*U{r}");
    static final Formula F_MODEL = Formula.of("INDEX(Pricing_Model," + KEY + ")");
    static final Formula F_BLENDED = Formula.of("INDEX(Pricing_BlendedEffective," + KEY + ")");
    static final Formula F_T50 = Formula.of("V{r}*Y{r}/1000000");
    static final Formula F_T90 = Formula.of("W{r}*Y{r}/1000000");
    static final Formula F_RATE = Formula.of("IF(Q{r}=\"\"," + BLENDED_RATE + ",IF(COUNTIFS(Labour_Role,Q{r},Labour_From"
            + WHEN + "Labour_Until,\">=\"&$C{r})>0,SUMIFS(Labour_Hourly,Labour_Role,Q{r},Labour_From" + WHEN
            + "Labour_Until,\">=\"&$C{r})," + BLENDED_RATE + "))");
    static final Formula F_LABOUR = Formula.of("(O{r}+P{r})*AB{r}");
    static final Formula F_RISK = Formula.of("IF(S{r}<>\"\",S{r},IF(N{r}=\"bounded\",(AA{r}-Z{r})/2,AA{r}-Z{r}))");
    static final Formula F_COST = Formula.of("AC{r}+Z{r}+R{r}+AD{r}");
    static final Formula F_DENSITY = Formula.of("IF(AE{r}=0,\"–\",ROUND(H{r}/AE{r},6))");
    static final Formula F_NET = Formula.of("H{r}-AE{r}");
    static final Formula F_HEADROOM = Formula.of("I{r}-AE{r}");
    static final Formula F_TOKEN_ENVELOPE = Formula.of("I{r}-AC{r}-R{r}-AD{r}");
    static final Formula F_FIT = Formula.of("IF(ROUND(AE{r}-I{r},8)<=0,\"green\",IF(ROUND(AE{r}-AD{r}-I{r},8)<=0,"
            + "\"amber\",\"red\"))");
    static final Formula F_FLAGS = Formula.of("IF(" + STARVED + ",\"starved\",\"\")&IF(AND(" + STARVED + "," + OVER
            + "),\", \",\"\")&IF(" + OVER + ",\"over-powered\",\"\")");
    static final Formula F_BLENDED_BOOK = Formula.of("INDEX(Pricing_BlendedBook," + KEY + ")");
    static final Formula F_T50_BOOK = Formula.of("V{r}*AL{r}/1000000");
    static final Formula F_RISK_BOOK = Formula.of("IF(S{r}<>\"\",S{r},IF(N{r}=\"bounded\",(W{r}*AL{r}/1000000-AM{r})/2,"
            + "W{r}*AL{r}/1000000-AM{r}))");
    static final Formula F_COST_BOOK = Formula.of("AC{r}+AM{r}+R{r}+AN{r}");
    static final Formula F_FIT_BOOK = Formula.of("IF(ROUND(AO{r}-I{r},8)<=0,\"green\",IF(ROUND(AO{r}-AN{r}-I{r},8)<=0,"
            + "\"amber\",\"red\"))");
    static final Formula F_SUBSIDISED = Formula.of("IF(OR(AND(AJ{r}=\"green\",AP{r}<>\"green\"),AND(AJ{r}=\"amber\","
            + "AP{r}=\"red\")),\"yes\",\"no\")");

    private final Out out;
    private final Workbook wb;
    private final WorkbookInput in;

    EpicsSheet(Out out, Workbook wb, WorkbookInput in) {
        this.out = out;
        this.wb = wb;
        this.in = in;
    }

    static int lastRow(WorkbookInput in) {
        return FIRST_ROW + Math.max(1, in.lineCount()) - 1;
    }

    void write(ExportProgress progress, BooleanSupplier cancelled, long[] done, long total) {
        out.widths(WIDTHS);
        out.styled(out.row(0), 0, "One row per plan line. Blue columns are inputs: change a value, an hour, a size or a "
                + "tier and every grey column recomputes (with the prices on Assumptions). Amounts in " + in.currency()
                + ".", out.styles().subtitle);
        boolean[] inputs = new boolean[HEADERS.length];
        for (int i = VALUE; i <= FUNDED; i++) {
            inputs[i] = i != AUTONOMY;
        }
        inputs[PRICED_ON] = true;
        out.header(HEADER_ROW, HEADERS, inputs);
        int i = FIRST_ROW;
        for (SprintPlan s : in.sprints()) {
            for (CostLine cl : s.evaluation().lines()) {
                line(i++, s, cl);
                if (++done[0] % 200 == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new ExportCancelledException();
                    }
                    progress.update("Writing plan lines", done[0], total);
                }
            }
        }
        int last = lastRow(in);
        names(last);
        SheetSupport.finish(out, HEADER_ROW, FIRST_ROW, i - 1, HEADERS.length, EPIC + 1);
        if (i > FIRST_ROW) {
            validations(i - 1);
            fitColours(i - 1);
        }
    }

    private void line(int i, SprintPlan s, CostLine cl) {
        PlanLine l = cl.line();
        LineCost c = cl.cost();
        Pricing p = s.pricing();
        LineCost book = CostModel.cost(l, p, PriceBasis.BOOK);
        Epic epic = in.epics().get(l.epicKey());
        Row r = out.row(i);
        out.number(r, SPRINT_NO, s.number(), Kind.KEY, false);
        out.text(r, SPRINT, s.sprint().name(), false);
        out.date(r, PRICED_ON, p.asOf(), Kind.DATE, true);
        out.text(r, EPIC, l.epicKey(), false);
        out.text(r, TITLE, epic == null ? "" : epic.title(), false);
        out.text(r, TEAM, epic == null ? "" : epic.team(), false);
        out.text(r, BASIS, l.valueBasis().label(), false);
        out.number(r, VALUE, l.value(), Kind.MONEY, true);
        out.number(r, WILLINGNESS, l.willingness(), Kind.MONEY, true);
        out.code(r, SIZE, l.size().name(), true);
        out.code(r, TIER, l.tier().label(), true);
        out.code(r, EFFORT, l.effort().label(), true);
        out.text(r, AUTONOMY, l.autonomy().label(), false);
        out.code(r, SCOPE, l.bounded() ? "bounded" : "open", true);
        out.number(r, LABOUR_H, l.labourHours(), Kind.HOURS, true);
        out.number(r, REVIEW_H, l.reviewHours(), Kind.HOURS, true);
        out.text(r, ROLE, l.role(), true);
        out.number(r, TOOLING, l.tooling(), Kind.MONEY, true);
        out.number(r, RISK_OVERRIDE, l.riskOverride(), Kind.MONEY, true);
        out.code(r, FUNDED, l.funded() ? "yes" : "no", true);

        out.formula(r, MULTIPLIER, F_MULTIPLIER.at(i), p.effortMultiplier(l.effort()), Kind.MULTIPLIER, false);
        out.formula(r, P50, F_P50.at(i), c.tokensP50(), Kind.TOKENS, false);
        out.formula(r, P90, F_P90.at(i), c.tokensP90(), Kind.TOKENS, false);
        out.formulaText(r, MODEL, F_MODEL.at(i), p.tier(l.tier()).model().id(), Kind.TEXT, false);
        out.formula(r, BLENDED, F_BLENDED.at(i), c.blendedPrice(), Kind.PRICE, false);
        out.formula(r, T50, F_T50.at(i), c.t50(), Kind.MONEY, false);
        out.formula(r, T90, F_T90.at(i), c.t90(), Kind.MONEY, false);
        out.formula(r, RATE, F_RATE.at(i), c.labourRate(), Kind.MONEY, false);
        out.formula(r, LABOUR, F_LABOUR.at(i), c.labour(), Kind.MONEY, false);
        out.formula(r, RISK, F_RISK.at(i), c.risk(), Kind.MONEY, false);
        out.formula(r, COST, F_COST.at(i), c.cost(), Kind.MONEY, false);
        if (c.valueDensity() == null) {
            out.formulaText(r, DENSITY, F_DENSITY.at(i), "–", Kind.DENSITY, false);
        } else {
            out.formula(r, DENSITY, F_DENSITY.at(i), c.valueDensity(), Kind.DENSITY, false);
        }
        out.formula(r, NET, F_NET.at(i), c.netValue(), Kind.MONEY, false);
        out.formula(r, HEADROOM, F_HEADROOM.at(i), c.headroom(), Kind.MONEY, false);
        out.formula(r, TOKEN_ENVELOPE, F_TOKEN_ENVELOPE.at(i), c.tokenEnvelope(), Kind.MONEY, false);
        out.formulaText(r, FIT, F_FIT.at(i), c.fit().label(), Kind.CODE, false);
        out.formulaText(r, FLAGS, F_FLAGS.at(i), flags(c), Kind.TEXT, false);
        out.formula(r, BLENDED_BOOK, F_BLENDED_BOOK.at(i), book.blendedPrice(), Kind.PRICE, false);
        out.formula(r, T50_BOOK, F_T50_BOOK.at(i), book.t50(), Kind.MONEY, false);
        out.formula(r, RISK_BOOK, F_RISK_BOOK.at(i), book.risk(), Kind.MONEY, false);
        out.formula(r, COST_BOOK, F_COST_BOOK.at(i), book.cost(), Kind.MONEY, false);
        out.formulaText(r, FIT_BOOK, F_FIT_BOOK.at(i), book.fit().label(), Kind.CODE, false);
        out.formulaText(r, SUBSIDISED, F_SUBSIDISED.at(i), cl.subsidised() ? "yes" : "no", Kind.CODE, false);
    }

    /** The flags as the sheet writes them: "starved", "over-powered", both joined by a comma, or "". */
    static String flags(LineCost c) {
        List<String> f = new ArrayList<>();
        if (c.has(Flag.STARVED)) {
            f.add(Flag.STARVED.label());
        }
        if (c.has(Flag.OVER_POWERED)) {
            f.add(Flag.OVER_POWERED.label());
        }
        return String.join(", ", f);
    }

    private void names(int last) {
        name("Epics_SprintNo", SPRINT_NO, last);
        name("Epics_Epic", EPIC, last);
        name("Epics_Value", VALUE, last);
        name("Epics_Willingness", WILLINGNESS, last);
        name("Epics_Tooling", TOOLING, last);
        name("Epics_T50", T50, last);
        name("Epics_Labour", LABOUR, last);
        name("Epics_Risk", RISK, last);
        name("Epics_Cost", COST, last);
        name("Epics_Fit", FIT, last);
        name("Epics_Subsidised", SUBSIDISED, last);
    }

    private void name(String name, int col, int last) {
        Names.define(wb, name, Out.range(NAME, col, FIRST_ROW, last));
    }

    /** Drop-down lists on the inputs a spreadsheet can only take from a fixed set. */
    private void validations(int last) {
        DataValidationHelper h = out.sheet().getDataValidationHelper();
        list(h, SIZE, last, "XS", "S", "M", "L", "XL");
        list(h, TIER, last, "small", "mid", "frontier");
        list(h, EFFORT, last, "low", "medium", "high");
        list(h, SCOPE, last, "bounded", "open");
        list(h, FUNDED, last, "yes", "no");
    }

    private void list(DataValidationHelper h, int col, int last, String... values) {
        DataValidation v = h.createValidation(h.createExplicitListConstraint(values),
                new CellRangeAddressList(FIRST_ROW, last, col, col));
        v.setShowErrorBox(true);
        v.createErrorBox("Not a choice", "Pick one of: " + String.join(", ", values));
        out.sheet().addValidationData(v);
    }

    private void fitColours(int last) {
        SheetConditionalFormatting cf = out.sheet().getSheetConditionalFormatting();
        String[][] colours = {{"\"green\"", "green"}, {"\"amber\"", "amber"}, {"\"red\"", "red"}};
        for (int col : new int[] {FIT, FIT_BOOK}) {
            CellRangeAddress[] range = {new CellRangeAddress(FIRST_ROW, last, col, col)};
            for (String[] c : colours) {
                ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, c[0]);
                PatternFormatting fill = rule.createPatternFormatting();
                // The board's fit colours (-env-green-bg, -env-amber-bg, -env-red-bg).
                fill.setFillBackgroundColor(new XSSFColor(switch (c[1]) {
                    case "green" -> new byte[] {(byte) 0xda, (byte) 0xfb, (byte) 0xe1};
                    case "amber" -> new byte[] {(byte) 0xff, (byte) 0xf1, (byte) 0xc2};
                    default -> new byte[] {(byte) 0xff, (byte) 0xe1, (byte) 0xdc};
                }, null));
                fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
                cf.addConditionalFormatting(range, rule);
            }
        }
    }
}
