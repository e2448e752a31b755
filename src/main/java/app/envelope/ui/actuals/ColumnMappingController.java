package app.envelope.ui.actuals;

import app.envelope.billing.parse.DecimalStyle;
import java.util.Arrays;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/** Binds the column-mapping form to its view model: one column chooser per canonical field, the hints, the preview. */
public final class ColumnMappingController {
    private static final int FIELDS_PER_COLUMN = 10;
    private final ColumnMappingViewModel vm;

    @FXML private Label intro;
    @FXML private GridPane fieldGrid;
    @FXML private ComboBox<String> dateFormat;
    @FXML private ComboBox<DecimalStyle> decimalStyle;
    @FXML private TextField fixedVendor;
    @FXML private TextField fixedCurrency;
    @FXML private Label previewStatus;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private ListView<String> rowErrors;
    @FXML private TextField name;
    @FXML private Label problem;

    public ColumnMappingController(ColumnMappingViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        intro.setText("For each field, choose the column that holds it (* = needed; vendor and currency may instead be "
                + "one fixed value). The preview reads the first rows through the mapping as you choose.");
        List<FieldChoice> fields = vm.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldChoice f = fields.get(i);
            int col = (i / FIELDS_PER_COLUMN) * 3;
            int row = i % FIELDS_PER_COLUMN;
            Label label = new Label(f.label());
            label.getStyleClass().add(f.required() ? "required-field" : "field-name");
            ComboBox<String> box = new ComboBox<>(vm.columns());
            box.setId("map-" + f.field().name());
            box.setPrefWidth(230);
            box.valueProperty().bindBidirectional(f.columnProperty());
            Label example = new Label();
            example.getStyleClass().add("example");
            example.textProperty().bind(f.exampleProperty());
            example.setPrefWidth(170);
            fieldGrid.add(label, col, row);
            fieldGrid.add(box, col + 1, row);
            fieldGrid.add(example, col + 2, row);
        }
        dateFormat.getItems().setAll(ColumnMappingViewModel.DATE_FORMATS);
        dateFormat.valueProperty().bindBidirectional(vm.datePatternProperty());
        decimalStyle.getItems().setAll(Arrays.asList(null, DecimalStyle.POINT, DecimalStyle.COMMA));
        decimalStyle.setConverter(new StringConverter<>() {
            @Override
            public String toString(DecimalStyle s) {
                return s == null ? "automatic" : s == DecimalStyle.POINT ? "1,234.56 (point)" : "1.234,56 (comma)";
            }

            @Override
            public DecimalStyle fromString(String text) {
                return null;
            }
        });
        decimalStyle.valueProperty().bindBidirectional(vm.decimalStyleProperty());
        fixedVendor.textProperty().bindBidirectional(vm.fixedVendorProperty());
        fixedCurrency.textProperty().bindBidirectional(vm.fixedCurrencyProperty());
        previewStatus.textProperty().bind(vm.statusProperty());
        Tables.preview(previewTable);
        previewTable.setItems(vm.previewRows());
        rowErrors.setItems(vm.rowErrors());
        name.textProperty().bindBidirectional(vm.nameProperty());
        problem.textProperty().bind(vm.problemProperty());
    }
}
