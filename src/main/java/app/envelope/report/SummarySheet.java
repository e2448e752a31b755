package app.envelope.report;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.SubsidyExposure;
import app.envelope.report.Styles.Kind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * The Summary sheet: a row per sprint with its value, planned cost by category (live sums over the
 * Epics sheet), actual spend and variance, net value, return and subsidy exposure; a total row;
 * and a short note on how to read the workbook.
 */
final class SummarySheet {
    static final String NAME = "Summary";
    static final int HEADER_ROW = 3;
    static final int FIRST_ROW = 4;

    static final int NO = 0, SPRINT = 1, STATUS = 2, START = 3, END = 4, PRICED_ON = 5, LINES = 6, VALUE = 7,
            LABOUR = 8, TOKENS = 9, TOOLING = 10, RISK = 11, COST = 12, BUDGET = 13, NET = 14, RETURN = 15,
            ACTUAL = 16, UNATTRIBUTED = 17, VARIANCE = 18, SUBSIDY = 19, GREEN = 20, AMBER = 21, RED = 22;
    static final String[] HEADERS = {"#", "Sprint", "Status", "Start", "End", "Priced on", "Plan lines", "Value Y",
            "Labour L", "Tokens T50", "Tooling U", "Risk reserve R", "Planned cost C", "Budget B", "Net value Y − C",
            "Return Y / C", "Actual spend", "of which unattributed", "Variance: actual − (T50 + U)",
            "Subsidy exposure", "Green", "Amber", "Red"};
    private static final int[] WIDTHS = {5, 16, 9, 11, 11, 11, 8, 15, 14, 14, 13, 14, 15, 14, 15, 9, 14, 14, 15, 10, 7, 7, 7};

    static final Formula F_LINES = Formula.of("COUNTIF(Epics_SprintNo,$A{r})");
    static final Formula F_VALUE = Formula.of("SUMIFS(Epics_Value,Epics_SprintNo,$A{r})");
    static final Formula F_LABOUR = Formula.of("SUMIFS(Epics_Labour,Epics_SprintNo,$A{r})");
    static final Formula F_TOKENS = Formula.of("SUMIFS(Epics_T50,Epics_SprintNo,$A{r})");
    static final Formula F_TOOLING = Formula.of("SUMIFS(Epics_Tooling,Epics_SprintNo,$A{r})");
    static final Formula F_RISK = Formula.of("SUMIFS(Epics_Risk,Epics_SprintNo,$A{r})");
    static final Formula F_COST = Formula.of("SUMIFS(Epics_Cost,Epics_SprintNo,$A{r})");
    static final Formula F_NET = Formula.of("H{r}-M{r}");
    static final Formula F_RETURN = Formula.of("IF(M{r}=0,\"–\",H{r}/M{r})");
    /** Only a closed sprint has a variance: an open one is still spending, a planned one has not begun. */
    static final Formula F_VARIANCE = Formula.of("IF($C{r}=\"closed\",Q{r}-(J{r}+K{r}),\"–\")");
    static final Formula F_SUBSIDY = Formula.of("IF(G{r}=0,0,ROUND(COUNTIFS(Epics_SprintNo,$A{r},Epics_Subsidised,\"yes\")"
            + "/G{r},4))");
    static final Formula F_TOTAL_SUBSIDY = Formula.of("IF(G{r}=0,0,ROUND(COUNTIF(Epics_Subsidised,\"yes\")/G{r},4))");

    private final Out out;
    private final WorkbookInput in;

    SummarySheet(Out out, WorkbookInput in) {
        this.out = out;
        this.in = in;
    }

    static int totalRow(WorkbookInput in) {
        return FIRST_ROW + in.sprints().size();
    }

    void write() {
        out.widths(WIDTHS);
        Row title = out.row(0);
        title.setHeightInPoints(24);
        out.styled(title, 0, "Envelope: budget against value · " + in.portfolio(), out.styles().title);
        out.styled(out.row(1), 0, "Exported " + in.exportedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
                + " · amounts in " + in.currency() + " · " + in.sprints().size() + " sprint"
                + (in.sprints().size() == 1 ? "" : "s") + ", " + in.lineCount() + " plan lines · planned at effective"
                + " (negotiated) prices on each sprint's pricing date", out.styles().subtitle);
        boolean[] inputs = new boolean[HEADERS.length];
        inputs[BUDGET] = true;
        out.header(HEADER_ROW, HEADERS, inputs);
        int i = FIRST_ROW;
        for (SprintPlan s : in.sprints()) {
            sprint(i++, s);
        }
        total(i, i - 1);
        SheetSupport.finish(out, HEADER_ROW, FIRST_ROW, i - 1, HEADERS.length, SPRINT + 1);
        notes(i + 2);
    }

    private void sprint(int i, SprintPlan s) {
        SprintEvaluation e = s.evaluation();
        CategoryTotals t = e.totals();
        SprintActuals a = in.actuals().sprint(s.number());
        Row r = out.row(i);
        out.number(r, NO, s.number(), Kind.KEY, false);
        out.text(r, SPRINT, s.sprint().name(), false);
        out.code(r, STATUS, s.sprint().status().name().toLowerCase(java.util.Locale.ROOT), false);
        out.date(r, START, s.sprint().start(), Kind.DATE, false);
        out.date(r, END, s.sprint().end(), Kind.DATE, false);
        out.date(r, PRICED_ON, s.pricing().asOf(), Kind.DATE, false);
        out.formula(r, LINES, F_LINES.at(i), BigDecimal.valueOf(e.lines().size()), Kind.INTEGER, false);
        out.formula(r, VALUE, F_VALUE.at(i), t.value(), Kind.MONEY, false);
        out.formula(r, LABOUR, F_LABOUR.at(i), t.labour(), Kind.MONEY, false);
        out.formula(r, TOKENS, F_TOKENS.at(i), t.tokens(), Kind.MONEY, false);
        out.formula(r, TOOLING, F_TOOLING.at(i), t.tooling(), Kind.MONEY, false);
        out.formula(r, RISK, F_RISK.at(i), t.risk(), Kind.MONEY, false);
        out.formula(r, COST, F_COST.at(i), t.cost(), Kind.MONEY, false);
        out.number(r, BUDGET, e.budget(), Kind.MONEY, true);
        out.formula(r, NET, F_NET.at(i), t.netValue(), Kind.MONEY, false);
        returns(r, i, F_RETURN, t.value(), t.cost(), false);
        out.number(r, ACTUAL, a.total(), Kind.MONEY, false);
        out.number(r, UNATTRIBUTED, a.unattributed(), Kind.MONEY, false);
        if (s.sprint().status() == SprintStatus.CLOSED) {
            out.formula(r, VARIANCE, F_VARIANCE.at(i), variance(a.total(), t), Kind.MONEY, false);
        } else {
            out.formulaText(r, VARIANCE, F_VARIANCE.at(i), "–", Kind.MONEY, false);
        }
        out.formula(r, SUBSIDY, F_SUBSIDY.at(i), e.subsidy().share(), Kind.PERCENT, false);
        fit(r, i, GREEN, Fit.GREEN, e.count(Fit.GREEN), false);
        fit(r, i, AMBER, Fit.AMBER, e.count(Fit.AMBER), false);
        fit(r, i, RED, Fit.RED, e.count(Fit.RED), false);
    }

    static BigDecimal variance(BigDecimal actual, CategoryTotals t) {
        return actual.subtract(t.tokens().add(t.tooling()));
    }

    private void fit(Row r, int i, int col, Fit fit, long count, boolean total) {
        String f = total ? "SUM(" + Out.col(col) + (FIRST_ROW + 1) + ":" + Out.col(col) + i + ")"
                : "COUNTIFS(Epics_SprintNo,$A" + (i + 1) + ",Epics_Fit,\"" + fit.label() + "\")";
        out.formula(r, col, f, BigDecimal.valueOf(count), Kind.INTEGER, total);
    }

    private void returns(Row r, int i, Formula f, BigDecimal value, BigDecimal cost, boolean total) {
        if (cost.signum() == 0) {
            out.formulaText(r, RETURN, f.at(i), "–", Kind.RATIO, total);
        } else {
            out.formula(r, RETURN, f.at(i), value.divide(cost, MathContext.DECIMAL64), Kind.RATIO, total);
        }
    }

    private void total(int i, int last) {
        Row r = out.row(i);
        out.text(r, NO, "", false, true);
        out.text(r, SPRINT, "Total", false, true);
        for (int c = STATUS; c <= PRICED_ON; c++) {
            out.text(r, c, "", false, true);
        }
        CategoryTotals sum = CategoryTotals.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal unattributed = BigDecimal.ZERO;
        BigDecimal closedVariance = BigDecimal.ZERO;
        int lines = 0;
        int subsidised = 0;
        long[] fits = new long[3];
        for (SprintPlan s : in.sprints()) {
            CategoryTotals t = s.evaluation().totals();
            sum = new CategoryTotals(sum.labour().add(t.labour()), sum.tokens().add(t.tokens()),
                    sum.tooling().add(t.tooling()), sum.risk().add(t.risk()), sum.cost().add(t.cost()),
                    sum.value().add(t.value()), sum.willingness().add(t.willingness()));
            budget = budget.add(s.evaluation().budget());
            actual = actual.add(in.actuals().sprint(s.number()).total());
            unattributed = unattributed.add(in.actuals().sprint(s.number()).unattributed());
            if (s.sprint().status() == SprintStatus.CLOSED) {
                closedVariance = closedVariance.add(variance(in.actuals().sprint(s.number()).total(), t));
            }
            lines += s.evaluation().lines().size();
            subsidised += s.evaluation().subsidy().linesAffected();
            for (Fit f : Fit.values()) {
                fits[f.ordinal()] += s.evaluation().count(f);
            }
        }
        BigDecimal[] sums = {BigDecimal.valueOf(lines), sum.value(), sum.labour(), sum.tokens(), sum.tooling(),
                sum.risk(), sum.cost(), budget};
        for (int c = LINES; c <= BUDGET; c++) {
            out.formula(r, c, "SUM(" + Out.col(c) + (FIRST_ROW + 1) + ":" + Out.col(c) + Math.max(FIRST_ROW + 1, last + 1) + ")",
                    sums[c - LINES], c == LINES ? Kind.INTEGER : Kind.MONEY, true);
        }
        out.formula(r, NET, F_NET.at(i), sum.netValue(), Kind.MONEY, true);
        returns(r, i, F_RETURN, sum.value(), sum.cost(), true);
        out.formula(r, ACTUAL, "SUM(Q" + (FIRST_ROW + 1) + ":Q" + Math.max(FIRST_ROW + 1, last + 1) + ")", actual, Kind.MONEY, true);
        out.formula(r, UNATTRIBUTED, "SUM(R" + (FIRST_ROW + 1) + ":R" + Math.max(FIRST_ROW + 1, last + 1) + ")", unattributed,
                Kind.MONEY, true);
        out.formula(r, VARIANCE, "SUM(" + Out.col(VARIANCE) + (FIRST_ROW + 1) + ":" + Out.col(VARIANCE) + Math.max(FIRST_ROW + 1, last + 1) + ")", closedVariance,
                Kind.MONEY, true);
        out.formula(r, SUBSIDY, F_TOTAL_SUBSIDY.at(i), SubsidyExposure.of(subsidised, lines).share(), Kind.PERCENT, true);
        for (Fit f : Fit.values()) {
            fit(r, Math.max(FIRST_ROW + 1, last + 1), GREEN + f.ordinal(), f, fits[f.ordinal()], true);
        }
    }

    private void notes(int first) {
        out.styled(out.row(first), 0, "How to read this", out.styles().noteHeading);
        List<String> notes = List.of(
                "Each row is a sprint. Its planned figures add up the plan lines on the Epics sheet; they recompute when "
                        + "you change an input there (blue) or a price or rate on Assumptions.",
                "Planned cost C = labour L + tokens T50 + tooling U + risk reserve R. Net value = Y − C. Return = value Y / C "
                        + "(above 1× the plan is worth more than it costs).",
                "Tokens T50 are the typical (P50) token need priced at the effective, negotiated rate in force on the "
                        + "sprint's pricing date; R covers the bad case (T90 − T50, half of it for bounded work).",
                "Fit per line: green when C ≤ Z (willingness), amber when it fits only without its risk reserve, red otherwise.",
                "Subsidy exposure: the share of lines whose fit turns worse at book (list) price; above 20% the plan leans "
                        + "on a discount.",
                "Actual spend: vendor billing lines charged within the sprint at effective cost, converted to " + in.currency()
                        + " at the FX rate of the charge date, unattributed spend included (see Actuals and Unattributed).",
                "Variance = actual spend − the planned vendor spend (T50 + U): positive means over plan. Closed sprints only"
                        + " (an open sprint shows –; the total adds the closed ones). Per epic on the Variance sheet.",
                "Envelope computes every amount exactly; this workbook rounds only value density (to 6 places, as Envelope "
                        + "does) and shows amounts to the cent.");
        int i = first + 1;
        for (String n : notes) {
            out.styled(out.row(i++), 0, "• " + n, out.styles().note);
        }
        if (!in.actuals().basis().isEmpty()) {
            out.styled(out.row(i), 0, "• " + in.actuals().basis(), out.styles().note);
        }
    }
}
