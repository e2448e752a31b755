package app.envelope.ui.board;

import app.envelope.domain.BestSet;
import app.envelope.domain.CategoryTotals;
import app.envelope.domain.Fit;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * What the board's totals panel (and presenter mode) says about the sprint on the board: totals by
 * category, headroom under B, fit counts, subsidy exposure and the best set, as text in the
 * portfolio currency; a dash or nothing while no sprint is loaded. Knows no controls.
 */
public final class BoardSummary {
    private final ObservableValue<SprintEvaluation> evaluation;
    private final ObservableValue<BestSet> bestSet;
    private final ObservableValue<String> currency;
    private final ObservableValue<Sprint> sprint;

    BoardSummary(ObservableValue<SprintEvaluation> evaluation, ObservableValue<BestSet> bestSet,
                 ObservableValue<String> currency, ObservableValue<Sprint> sprint) {
        this.evaluation = evaluation;
        this.bestSet = bestSet;
        this.currency = currency;
        this.sprint = sprint;
    }

    public String total(Function<CategoryTotals, BigDecimal> which) {
        SprintEvaluation e = evaluation.getValue();
        return e == null ? "—" : Format.money(which.apply(e.totals()), currency.getValue());
    }

    public String headroomText() {
        SprintEvaluation e = evaluation.getValue();
        return e == null ? "—" : Format.money(e.budgetHeadroom(), currency.getValue());
    }

    public String fitSummary() {
        SprintEvaluation e = evaluation.getValue();
        return e == null ? "" : "✔ " + e.count(Fit.GREEN) + " green · ◐ " + e.count(Fit.AMBER) + " amber · ✖ "
                + e.count(Fit.RED) + " red";
    }

    public String subsidyText() {
        SprintEvaluation e = evaluation.getValue();
        return e == null ? "" : "Subsidy exposure: " + e.subsidy().linesAffected() + " of " + e.subsidy().lines()
                + " lines (" + e.subsidy().percent() + ") fit worse at book price"
                + (e.subsidy().warning() ? " — above 20%, the plan leans on the discount" : "");
    }

    public boolean subsidyWarning() {
        SprintEvaluation e = evaluation.getValue();
        return e != null && e.subsidy().warning();
    }

    public String bestSetText() {
        BestSet b = bestSet.getValue();
        return b == null ? "" : "Best set under B: these " + b.size() + " lines, cost "
                + Format.money(b.cost(), currency.getValue()) + ", value " + Format.money(b.value(), currency.getValue());
    }

    public String bestSetMethod() {
        BestSet b = bestSet.getValue();
        return b == null ? "" : b.method().label();
    }

    /** The budget B as typed in its field: plain digits, no trailing zeros. */
    public String budgetInput() {
        Sprint s = sprint.getValue();
        return s == null ? "" : s.budget().stripTrailingZeros().toPlainString();
    }
}
