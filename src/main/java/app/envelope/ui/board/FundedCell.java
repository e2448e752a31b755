package app.envelope.ui.board;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Rank on the fund line and a funded check box (toggling it is an undoable edit). */
final class FundedCell extends TableCell<BoardRow, BoardRow> {
    private final BoardViewModel vm;
    private final CheckBox box = new CheckBox();

    FundedCell(BoardViewModel vm) {
        this.vm = vm;
        box.setOnAction(e -> {
            BoardRow r = getItem();
            if (r != null) {
                vm.toggleFunded(r.line().id());
            }
        });
    }

    @Override
    protected void updateItem(BoardRow r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        box.setSelected(r.line().funded());
        setGraphic(box);
        setText(r.fund() == null ? "" : "#" + r.fund().rank());
        setTooltip(r.fund() == null ? null : new Tooltip("Rank " + r.fund().rank() + " by value density; cumulative C "
                + app.envelope.ui.Format.money(r.fund().cumulativeCost(), vm.currencyProperty().get())
                + (r.fund().withinBudget() ? " is within" : " is over") + " the budget B"
                + (r.line().funded() ? "; funded" : "; not funded")));
    }
}
