package app.envelope.ui.rates;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the rate-card screen to its view model; a re-pricing of a closed sprint is asked about first. */
public final class RatesController {
    private final RateCardViewModel vm;

    @FXML private BorderPane root;
    @FXML private Label summary;
    @FXML private Label problem;
    @FXML private Label status;
    @FXML private TableView<ModelRow> modelTable;
    @FXML private GridPane modelForm;
    @FXML private VBox pricesHolder;
    @FXML private HBox tiersHolder;
    @FXML private HBox sizesHolder;
    @FXML private HBox labourHolder;
    @FXML private HBox fxHolder;
    @FXML private TextField currencyField;
    @FXML private Label currencyError;

    public RatesController(RateCardViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(vm.summaryProperty());
        problem.textProperty().bind(vm.problemProperty());
        status.textProperty().bind(vm.statusProperty());

        modelTable.setItems(vm.models());
        modelTable.getColumns().add(column("Model", 220, ModelRow::id));
        modelTable.getColumns().add(column("Vendor", 120, ModelRow::vendor));
        modelTable.getColumns().add(column("Name", 200, ModelRow::name));
        modelTable.getColumns().add(column("Serves tier now", 150, ModelRow::tiers));
        modelTable.getColumns().add(column("Effective in / out per M tokens now", 280, ModelRow::effectivePrice));
        modelTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        modelTable.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> vm.selectModel(m));
        FormGrid.fill(modelForm, "model", List.of(vm.modelIdField(), vm.modelVendorField(), vm.modelNameField()));

        pricesHolder.getChildren().add(grow(new SectionPane(vm.prices(), this::submit, true)));
        VBox.setVgrow(pricesHolder.getChildren().get(0), Priority.ALWAYS);
        tiersHolder.getChildren().addAll(grow(new SectionPane(vm.tierModels(), this::submit, false)),
                grow(new SectionPane(vm.tierMixes(), this::submit, false)));
        sizesHolder.getChildren().addAll(grow(new SectionPane(vm.envelopes(), this::submit, false)),
                grow(new SectionPane(vm.efforts(), this::submit, false)));
        labourHolder.getChildren().addAll(grow(new SectionPane(vm.labour(), this::submit, false)),
                grow(new SectionPane(vm.tooling(), this::submit, false)));
        fxHolder.getChildren().add(grow(new SectionPane(vm.fx(), this::submit, false)));

        currencyField.textProperty().bindBidirectional(vm.currencyField().textProperty());
        currencyError.textProperty().bind(vm.currencyField().errorProperty());
        currencyField.setOnAction(e -> saveCurrency());
    }

    private static <T extends javafx.scene.Node> T grow(T node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    private static TableColumn<ModelRow, String> column(String header, double width, Function<ModelRow, String> f) {
        TableColumn<ModelRow, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(f.apply(x.getValue())));
        return c;
    }

    private void submit(VersionSection<?> section) {
        if (vm.submit(section, false) == VersionSection.Outcome.CONFIRM) {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, section.problemProperty().get()
                    + "\n\nStore it anyway and re-price the closed sprint?", ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(root.getScene().getWindow());
            a.setHeaderText("This version re-prices a closed sprint");
            if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                vm.submit(section, true);
            }
        }
    }

    @FXML
    private void saveModel() {
        vm.saveModel();
    }

    @FXML
    private void saveCurrency() {
        vm.saveCurrency();
    }
}
