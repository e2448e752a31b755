package app.envelope.ui.actuals;

import app.envelope.billing.attribution.EpicKeyOption;
import app.envelope.billing.attribution.RuleOperator;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Binds the rules editor: the ordered table, the form for the selected rule, the option, Apply. */
public final class RulesController {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final RulesViewModel vm;
    private RuleRow bound;

    @FXML private TableView<RuleRow> table;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private GridPane editor;
    @FXML private ComboBox<String> field;
    @FXML private ComboBox<RuleOperator> operator;
    @FXML private TextField value;
    @FXML private ComboBox<String> epic;
    @FXML private Label ruleProblem;
    @FXML private ComboBox<EpicKeyOption> option;
    @FXML private Button applyButton;
    @FXML private Button revertButton;
    @FXML private Label status;
    @FXML private Label problem;

    public RulesController(RulesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        TableColumn<RuleRow, String> n = Tables.column(table, "#", r -> Integer.toString(vm.rules().indexOf(r) + 1), 40, true);
        n.setCellValueFactory(d -> new ReadOnlyStringWrapper(Integer.toString(vm.rules().indexOf(d.getValue()) + 1)));
        TableColumn<RuleRow, String> f = Tables.column(table, "Field", r -> "", 130, false);
        f.setCellValueFactory(d -> d.getValue().fieldProperty());
        TableColumn<RuleRow, String> op = Tables.column(table, "Operator", r -> "", 90, false);
        op.setCellValueFactory(d -> Bindings.createStringBinding(() -> name(d.getValue().operatorProperty().get()),
                d.getValue().operatorProperty()));
        TableColumn<RuleRow, String> v = Tables.column(table, "Value", r -> "", 160, false);
        v.setCellValueFactory(d -> d.getValue().valueProperty());
        TableColumn<RuleRow, String> e = Tables.column(table, "Epic", r -> "", 90, false);
        e.setCellValueFactory(d -> d.getValue().epicProperty());
        TableColumn<RuleRow, String> p = Tables.column(table, "Problem", r -> "", 200, false);
        p.setCellValueFactory(d -> d.getValue().problemProperty());
        Tables.placeholder(table, "No rules yet. Add one: e.g. repository glob payments-* → PAY-142, or tag:epic equals "
                + "PAY-142 for FOCUS tags");
        table.setItems(vm.rules());
        table.setRowFactory(t -> new RuleTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> select(r));
        removeButton.disableProperty().bind(vm.selectedProperty().isNull());
        upButton.disableProperty().bind(vm.selectedProperty().isNull());
        downButton.disableProperty().bind(vm.selectedProperty().isNull());
        editor.disableProperty().bind(vm.selectedProperty().isNull());
        field.setItems(vm.fieldChoices());
        operator.getItems().setAll(RuleOperator.values());
        operator.setConverter(new StringConverter<>() {
            @Override
            public String toString(RuleOperator o) {
                return o == null ? "" : name(o);
            }

            @Override
            public RuleOperator fromString(String s) {
                return RuleOperator.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        epic.setItems(vm.epicChoices());
        option.getItems().setAll(EpicKeyOption.values());
        option.setConverter(new StringConverter<>() {
            @Override
            public String toString(EpicKeyOption o) {
                return o == null ? "" : RulesViewModel.describe(o);
            }

            @Override
            public EpicKeyOption fromString(String s) {
                return null;
            }
        });
        option.valueProperty().bindBidirectional(vm.optionProperty());
        applyButton.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        revertButton.disableProperty().bind(vm.dirtyProperty().not().or(vm.busyProperty()));
        status.textProperty().bind(vm.statusProperty());
        problem.textProperty().bind(vm.problemProperty());
        select(vm.selectedProperty().get());
    }

    private static String name(RuleOperator o) {
        return o == null ? "" : o.name().toLowerCase(Locale.ROOT);
    }

    /** Binds the form to the selected rule (and unbinds the one before). */
    private void select(RuleRow r) {
        if (bound != null) {
            field.valueProperty().unbindBidirectional(bound.fieldProperty());
            operator.valueProperty().unbindBidirectional(bound.operatorProperty());
            value.textProperty().unbindBidirectional(bound.valueProperty());
            epic.valueProperty().unbindBidirectional(bound.epicProperty());
            ruleProblem.textProperty().unbind();
        }
        bound = r;
        if (r == null) {
            ruleProblem.setText("");
            return;
        }
        field.valueProperty().bindBidirectional(r.fieldProperty());
        operator.valueProperty().bindBidirectional(r.operatorProperty());
        value.textProperty().bindBidirectional(r.valueProperty());
        epic.valueProperty().bindBidirectional(r.epicProperty());
        ruleProblem.textProperty().bind(r.problemProperty());
        if (table.getSelectionModel().getSelectedItem() != r) {
            table.getSelectionModel().select(r);
        }
        table.refresh();
    }

    @FXML
    private void add() {
        vm.add();
        value.requestFocus();
    }

    @FXML
    private void remove() {
        vm.remove(vm.selectedProperty().get());
    }

    @FXML
    private void up() {
        vm.moveUp(vm.selectedProperty().get());
        table.refresh();
    }

    @FXML
    private void down() {
        vm.moveDown(vm.selectedProperty().get());
        table.refresh();
    }

    @FXML
    private void apply() {
        vm.apply();
    }

    @FXML
    private void revert() {
        vm.revert();
    }

    /** Marks a rule that cannot be applied. */
    private static final class RuleTableRow extends TableRow<RuleRow> {
        private RuleRow watched;
        private final javafx.beans.InvalidationListener update = o -> mark();

        @Override
        protected void updateItem(RuleRow r, boolean empty) {
            super.updateItem(r, empty);
            if (watched != null) {
                watched.problemProperty().removeListener(update);
            }
            watched = empty ? null : r;
            if (watched != null) {
                watched.problemProperty().addListener(update);
            }
            mark();
        }

        private void mark() {
            pseudoClassStateChanged(INVALID, watched != null && !watched.valid());
        }
    }
}
