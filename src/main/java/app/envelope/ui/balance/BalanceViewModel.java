package app.envelope.ui.balance;

import app.envelope.domain.CostModel;
import app.envelope.domain.LineCost;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Pricing;
import app.envelope.domain.Size;
import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import app.envelope.ui.board.BoardViewModel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Splits a line's willingness Z between labour, tooling and risk (set by the sliders, in whole
 * currency units); tokens get the rest. The token share is shown as money, as tokens through the
 * tier's blended price, and as the nearest AI size, with a warning below T50 or above T90.
 * "Apply" writes labour hours, tooling and the risk override back as one undoable edit.
 */
public final class BalanceViewModel {
    public enum Warning { NONE, STARVED, MORE_THAN_NEEDED, OVER_Z }

    private final BoardViewModel board;
    private final ObjectProperty<BoardRow> row = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> labour = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> tooling = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> risk = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<Warning> warning = new SimpleObjectProperty<>(Warning.NONE);
    private final ReadOnlyStringWrapper tokenMoneyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokensText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Select a line to balance it");
    private BigDecimal tokenShare = BigDecimal.ZERO;

    public BalanceViewModel(BoardViewModel board) {
        this.board = board;
        board.selectedRowProperty().addListener((o, a, r) -> {
            if (r == null || a == null || r.line().id() != a.line().id() || !r.line().equals(a.line())) {
                show(r);
            }
        });
        labour.addListener(o -> update());
        tooling.addListener(o -> update());
        risk.addListener(o -> update());
    }

    /** Starts from the line as planned: its labour L, tooling U and risk R. */
    public void show(BoardRow r) {
        row.set(r);
        if (r == null) {
            heading.set("Select a line to balance it");
            return;
        }
        heading.set(r.line().epicKey() + " · " + r.title() + " · Z " + Format.money(r.line().willingness(), currency()));
        labour.set(whole(r.cost().labour()));
        tooling.set(whole(r.cost().tooling()));
        risk.set(whole(r.cost().risk()));
        update();
    }

    private static BigDecimal whole(BigDecimal v) {
        return v.setScale(0, RoundingMode.HALF_EVEN);
    }

    private void update() {
        BoardRow r = row.get();
        if (r == null) {
            return;
        }
        LineCost c = r.cost();
        tokenShare = r.line().willingness().subtract(labour.get()).subtract(tooling.get()).subtract(risk.get());
        BigDecimal tokens = CostModel.tokensFor(tokenShare.max(BigDecimal.ZERO), c.blendedPrice());
        tokenMoneyText.set(Format.money(tokenShare, currency()));
        String range = "planned " + r.line().size() + ": T50 " + Format.money(c.t50(), currency()) + ", T90 "
                + Format.money(c.t90(), currency());
        if (tokenShare.signum() <= 0) {
            tokensText.set("no money left for tokens");
            sizeText.set(range);
        } else {
            tokensText.set(Format.tokens(tokens) + " tokens at " + Format.exact(c.blendedPrice(), currency()) + " per million");
            sizeText.set("buys about size " + nearestSize(tokens) + " (" + range + ")");
        }
        if (tokenShare.signum() < 0) {
            warning.set(Warning.OVER_Z);
            warningText.set("Labour, tooling and risk already exceed Z by " + Format.money(tokenShare.negate(), currency()) + ".");
        } else if (tokenShare.compareTo(c.t50()) < 0) {
            warning.set(Warning.STARVED);
            warningText.set("Starved: the token share is below T50 (" + Format.money(c.t50(), currency()) + ").");
        } else if (tokenShare.compareTo(c.t90()) > 0) {
            warning.set(Warning.MORE_THAN_NEEDED);
            warningText.set("More than this size needs: the token share is above T90 (" + Format.money(c.t90(), currency()) + ").");
        } else {
            warning.set(Warning.NONE);
            warningText.set("The token share covers T50 and stays within T90.");
        }
    }

    /** The size whose P50 tokens (at the line's effort) is nearest the tokens the share buys, by ratio. */
    Size nearestSize(BigDecimal tokens) {
        Pricing p = board.pricing();
        PlanLine l = row.get().line();
        Size best = l.size();
        double bestDistance = Double.MAX_VALUE;
        for (Size s : Size.values()) {
            BigDecimal p50 = BigDecimal.valueOf(p.envelope(s).p50()).multiply(p.effortMultiplier(l.effort()));
            double d = Math.abs(Math.log(Math.max(1, tokens.doubleValue())) - Math.log(Math.max(1, p50.doubleValue())));
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    /** Writes hours (labour / rate), tooling and the risk override back to the line: one undoable edit. */
    public void apply() {
        BoardRow r = row.get();
        if (r == null) {
            return;
        }
        BigDecimal rate = r.cost().labourRate();
        BigDecimal totalHours = rate.signum() == 0 ? BigDecimal.ZERO : labour.get().divide(rate, 2, RoundingMode.HALF_EVEN);
        BigDecimal labourHours = totalHours.subtract(r.line().reviewHours()).max(BigDecimal.ZERO);
        PlanLine after = r.line().toBuilder().labourHours(labourHours).tooling(tooling.get())
                .riskOverride(risk.get()).build();
        board.replaceLine(after, "balance " + r.line().epicKey());
    }

    public String currency() {
        return board.currencyProperty().get();
    }

    public BigDecimal tokenShare() { return tokenShare; }
    public ObjectProperty<BoardRow> rowProperty() { return row; }
    public ObjectProperty<BigDecimal> labourProperty() { return labour; }
    public ObjectProperty<BigDecimal> toolingProperty() { return tooling; }
    public ObjectProperty<BigDecimal> riskProperty() { return risk; }
    public ObjectProperty<Warning> warningProperty() { return warning; }
    public ReadOnlyStringProperty tokenMoneyTextProperty() { return tokenMoneyText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty tokensTextProperty() { return tokensText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sizeTextProperty() { return sizeText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty warningTextProperty() { return warningText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
}
