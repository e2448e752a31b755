package app.envelope.ui.export;

import app.envelope.ui.export.FinanceExportViewModel.SprintChoice;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/** Binds the export dialog to {@link FinanceExportViewModel}; opens the file chooser. */
public final class FinanceExportController {
    private final FinanceExportViewModel vm;

    @FXML private RadioButton allSprints;
    @FXML private RadioButton chosenSprints;
    @FXML private ListView<SprintChoice> sprintList;
    @FXML private TextField pathField;
    @FXML private Button chooseButton;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label result;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;

    public FinanceExportController(FinanceExportViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ToggleGroup which = new ToggleGroup();
        allSprints.setToggleGroup(which);
        chosenSprints.setToggleGroup(which);
        allSprints.setSelected(vm.allSprintsProperty().get());
        chosenSprints.setSelected(!vm.allSprintsProperty().get());
        vm.allSprintsProperty().bind(allSprints.selectedProperty());
        sprintList.setItems(vm.sprints());
        sprintList.setCellFactory(CheckBoxListCell.forListView(SprintChoice::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(SprintChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public SprintChoice fromString(String s) {
                return null;
            }
        }));
        sprintList.disableProperty().bind(allSprints.selectedProperty().or(vm.runningProperty()));
        allSprints.disableProperty().bind(vm.runningProperty());
        chosenSprints.disableProperty().bind(vm.runningProperty());
        pathField.textProperty().bindBidirectional(vm.pathProperty());
        pathField.disableProperty().bind(vm.runningProperty());
        chooseButton.disableProperty().bind(vm.runningProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        status.textProperty().bind(vm.statusProperty());
        result.textProperty().bind(vm.resultProperty());
        vm.outcomeProperty().addListener((o, a, b) -> {
            result.getStyleClass().removeAll("ok", "error");
            if (b == FinanceExportViewModel.Outcome.SUCCESS) {
                result.getStyleClass().add("ok");
            } else if (b != FinanceExportViewModel.Outcome.NONE) {
                result.getStyleClass().add("error");
            }
        });
        exportButton.disableProperty().bind(vm.canExportProperty().not());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        closeButton.disableProperty().bind(vm.runningProperty());
    }

    @FXML
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export for finance");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"));
        Path current = Path.of(vm.pathProperty().get().isBlank() ? vm.defaultFolder().toString() : vm.pathProperty().get());
        Path folder = current.getParent() != null && Files.isDirectory(current.getParent()) ? current.getParent()
                : vm.defaultFolder();
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(current.getFileName() == null ? vm.defaultFileName() : current.getFileName().toString());
        File file = chooser.showSaveDialog(pathField.getScene().getWindow());
        vm.choose(file == null ? null : file.toPath());
    }

    @FXML
    private void export() {
        vm.export();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void close() {
        ((Stage) closeButton.getScene().getWindow()).close();
    }
}
