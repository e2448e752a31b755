package app.envelope.ui.balance;

import app.envelope.ui.Format;
import app.envelope.ui.board.BoardRow;
import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Binds the balance sliders and labels to {@link BalanceViewModel}. */
public final class BalanceController {
    private final BalanceViewModel vm;
    private boolean syncing;

    @FXML private Label heading;
    @FXML private Label hint;
    @FXML private GridPane sliders;
    @FXML private HBox tokenShare;
    @FXML private Slider labourSlider;
    @FXML private Slider toolingSlider;
    @FXML private Slider riskSlider;
    @FXML private Label labourValue;
    @FXML private Label toolingValue;
    @FXML private Label riskValue;
    @FXML private Label tokenMoney;
    @FXML private Label tokens;
    @FXML private Label size;
    @FXML private Label warning;
    @FXML private Button applyButton;

    public BalanceController(BalanceViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(vm.headingProperty());
        tokenMoney.textProperty().bind(vm.tokenMoneyTextProperty());
        tokens.textProperty().bind(vm.tokensTextProperty());
        size.textProperty().bind(vm.sizeTextProperty());
        warning.textProperty().bind(vm.warningTextProperty());
        applyButton.disableProperty().bind(vm.rowProperty().isNull());
        for (Node n : new Node[] {sliders, tokenShare, applyButton}) {
            n.visibleProperty().bind(vm.rowProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        hint.visibleProperty().bind(vm.rowProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        link(labourSlider, labourValue, vm.labourProperty());
        link(toolingSlider, toolingValue, vm.toolingProperty());
        link(riskSlider, riskValue, vm.riskProperty());
        vm.rowProperty().addListener((o, a, r) -> ranges(r));
        vm.warningProperty().addListener((o, a, w) -> {
            warning.getStyleClass().removeAll("warn", "ok");
            warning.getStyleClass().add(w == BalanceViewModel.Warning.NONE ? "ok" : "warn");
        });
        ranges(vm.rowProperty().get());
    }

    private void link(Slider slider, Label value, ObjectProperty<BigDecimal> money) {
        slider.setBlockIncrement(100);
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                money.set(BigDecimal.valueOf(Math.round(v.doubleValue())));
            }
        });
        money.addListener((o, a, m) -> {
            syncing = true;
            slider.setValue(m.doubleValue());
            syncing = false;
            value.setText(Format.money(m, vm.currency()));
        });
    }

    private void ranges(BoardRow r) {
        boolean none = r == null;
        for (Slider s : new Slider[] {labourSlider, toolingSlider, riskSlider}) {
            s.setDisable(none);
        }
        if (none) {
            return;
        }
        double z = r.line().willingness().doubleValue();
        syncing = true;
        labourSlider.setMax(Math.max(z, r.cost().labour().doubleValue()));
        toolingSlider.setMax(Math.max(z, r.cost().tooling().doubleValue()));
        riskSlider.setMax(Math.max(z, r.cost().risk().doubleValue()));
        labourSlider.setValue(vm.labourProperty().get().doubleValue());
        toolingSlider.setValue(vm.toolingProperty().get().doubleValue());
        riskSlider.setValue(vm.riskProperty().get().doubleValue());
        syncing = false;
    }

    @FXML
    private void apply() {
        vm.apply();
    }
}
