package app.envelope.ui.actuals;

import app.envelope.domain.Sprint;
import app.envelope.ui.Controls;
import app.envelope.ui.actuals.ActualsViewModel.Stage;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Binds the Actuals screen to its view model; opens the file choosers, the confirmation and the mapping dialog. */
public final class ActualsController {
    private final ActualsViewModel vm;
    private final Node rulesView;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private Button mapButton;
    @FXML private Label problem;
    @FXML private Label status;
    @FXML private VBox emptyPane;
    @FXML private VBox openingPane;
    @FXML private Label openingText;
    @FXML private VBox mappingPane;
    @FXML private Label mappingFile;
    @FXML private VBox previewPane;
    @FXML private Label previewFile;
    @FXML private Label previewFormat;
    @FXML private Button importButton;
    @FXML private Label fileRows;
    @FXML private Label fileList;
    @FXML private Label fileEffective;
    @FXML private Label fileBilled;
    @FXML private Label fileCurrency;
    @FXML private HBox scanBox;
    @FXML private ProgressBar scanProgress;
    @FXML private Label scanText;
    @FXML private Label fileNotes;
    @FXML private Label fileWarning;
    @FXML private Button saveRejectedPreview;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private ListView<String> previewRejected;
    @FXML private VBox progressPane;
    @FXML private Label progressTitle;
    @FXML private ProgressBar importProgress;
    @FXML private Label progressText;
    @FXML private VBox resultPane;
    @FXML private Label resultTitle;
    @FXML private Button saveRejectedResult;
    @FXML private Label rowsRead;
    @FXML private Label rowsImported;
    @FXML private Label rowsRejected;
    @FXML private Label totalList;
    @FXML private Label totalEffective;
    @FXML private Label totalBilled;
    @FXML private Label fxText;
    @FXML private Label speedText;
    @FXML private TableView<SpendRow> byEpicTable;
    @FXML private Label unattributed;
    @FXML private TableView<SpendRow> sourcesTable;
    @FXML private Label moreSources;
    @FXML private Label outsideSprints;
    @FXML private ComboBox<Sprint> sprintBox;
    @FXML private Label sprintTotal;
    @FXML private Label sprintAttributed;
    @FXML private Label sprintUnattributed;
    @FXML private TableView<SpendRow> sprintTable;
    @FXML private TableView<SpendRow> sprintSourcesTable;
    @FXML private Label sprintMoreSources;
    @FXML private Label sprintOutside;
    @FXML private TableView<BatchRow> batchTable;
    @FXML private Button showBatchButton;
    @FXML private Button deleteBatchButton;
    @FXML private StackPane rulesHolder;

    public ActualsController(ActualsViewModel vm, Node rulesView) {
        this.vm = vm;
        this.rulesView = rulesView;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        problem.textProperty().bind(vm.problemProperty());
        showFor(emptyPane, Stage.EMPTY);
        showFor(openingPane, Stage.OPENING);
        showFor(mappingPane, Stage.NEEDS_MAPPING);
        showFor(previewPane, Stage.PREVIEW);
        showFor(progressPane, Stage.IMPORTING);
        showFor(resultPane, Stage.RESULT);
        mapButton.disableProperty().bind(vm.fileProperty().isNull().or(vm.stageProperty().isEqualTo(Stage.IMPORTING))
                .or(vm.stageProperty().isEqualTo(Stage.PREVIEW).and(vm.customFormatProperty().not())));
        openingText.textProperty().bind(Bindings.concat("Reading ", vm.fileNameProperty(), "…"));
        mappingFile.textProperty().bind(vm.fileNameProperty());
        bindPreview();
        bindProgress();
        bindResult();
        bindSprint();
        bindBatches();
        rulesHolder.getChildren().add(rulesView);
        vm.stageProperty().addListener((o, a, s) -> widenForPreview(s));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** The preview's 12 columns get more of the width while a file is looked at. */
    private void widenForPreview(Stage s) {
        split.setDividerPositions(s == Stage.PREVIEW ? 0.72 : 0.55);
    }

    private void showFor(Node pane, Stage stage) {
        pane.visibleProperty().bind(vm.stageProperty().isEqualTo(stage));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private void bindPreview() {
        previewFile.textProperty().bind(vm.fileNameProperty());
        previewFormat.textProperty().bind(vm.formatTextProperty());
        importButton.disableProperty().bind(vm.preview().canImportProperty().not());
        fileRows.textProperty().bind(vm.preview().countsProperty());
        fileList.textProperty().bind(vm.preview().listProperty());
        fileEffective.textProperty().bind(vm.preview().effectiveProperty());
        fileBilled.textProperty().bind(vm.preview().billedProperty());
        fileCurrency.textProperty().bind(vm.preview().currencyProperty());
        Tooltip exact = new Tooltip();
        exact.textProperty().bind(vm.preview().exactTotalsProperty());
        List.of(fileList, fileEffective, fileBilled).forEach(l -> l.setTooltip(exact));
        scanBox.visibleProperty().bind(vm.preview().scanningProperty());
        scanBox.managedProperty().bind(vm.preview().scanningProperty());
        scanProgress.progressProperty().bind(vm.progress().progressProperty());
        scanText.textProperty().bind(Bindings.concat("Reading the whole file for its totals: ", vm.progress().textProperty()));
        fileNotes.textProperty().bind(vm.preview().notesProperty());
        fileWarning.textProperty().bind(vm.preview().warningProperty());
        fileWarning.visibleProperty().bind(vm.preview().warningProperty().isNotEmpty());
        fileWarning.managedProperty().bind(fileWarning.visibleProperty());
        saveRejectedPreview.disableProperty().bind(vm.rejected().canSaveProperty().not());
        Tables.preview(previewTable);
        previewTable.setItems(vm.preview().rows());
        previewRejected.setItems(vm.preview().rejected());
        previewRejected.visibleProperty().bind(Bindings.isNotEmpty(vm.preview().rejected()));
        previewRejected.managedProperty().bind(previewRejected.visibleProperty());
    }

    private void bindProgress() {
        progressTitle.textProperty().bind(Bindings.concat("Importing ", vm.fileNameProperty()));
        importProgress.progressProperty().bind(vm.progress().progressProperty());
        progressText.textProperty().bind(vm.progress().textProperty());
    }

    private void bindResult() {
        resultTitle.textProperty().bind(vm.result().titleProperty());
        saveRejectedResult.disableProperty().bind(vm.rejected().canSaveProperty().not());
        rowsRead.textProperty().bind(vm.result().rowsReadProperty());
        rowsImported.textProperty().bind(vm.result().rowsImportedProperty());
        rowsRejected.textProperty().bind(vm.result().rowsRejectedProperty());
        totalList.textProperty().bind(vm.result().totalListProperty());
        totalEffective.textProperty().bind(vm.result().totalEffectiveProperty());
        totalBilled.textProperty().bind(vm.result().totalBilledProperty());
        Tooltip exact = new Tooltip();
        exact.textProperty().bind(vm.result().exactTotalsProperty());
        List.of(totalList, totalEffective, totalBilled).forEach(l -> l.setTooltip(exact));
        List.of(totalList, totalBilled, fileList, fileBilled).forEach(ActualsController::markAbsent);
        fxText.textProperty().bind(vm.result().fxTextProperty());
        speedText.textProperty().bind(vm.result().speedTextProperty());
        speedText.managedProperty().bind(vm.result().speedTextProperty().isNotEmpty());
        Tables.epics(byEpicTable, "No line of this file is attributed to an epic yet: add rules in Attribution rules");
        byEpicTable.setItems(vm.result().byEpic());
        unattributed.textProperty().bind(vm.result().unattributedProperty());
        Tables.sources(sourcesTable);
        sourcesTable.setItems(vm.result().unattributedSources());
        moreSources.textProperty().bind(vm.result().moreSourcesProperty());
        outsideSprints.textProperty().bind(vm.result().outsideSprintsProperty());
    }

    private void bindSprint() {
        Controls.choose(sprintBox, vm.sprint().sprints(), vm.sprint().selectedProperty(),
                s -> s == null ? null : SprintSpend.describe(s) + " · " + s.status().name().toLowerCase());
        sprintTotal.textProperty().bind(vm.sprint().totalProperty());
        sprintAttributed.textProperty().bind(vm.sprint().attributedProperty());
        sprintUnattributed.textProperty().bind(vm.sprint().unattributedProperty());
        Tables.epics(sprintTable, "Nothing stored for this sprint's dates yet");
        sprintTable.setItems(vm.sprint().byEpic());
        Tables.sources(sprintSourcesTable);
        sprintSourcesTable.setItems(vm.sprint().sources());
        sprintMoreSources.textProperty().bind(vm.sprint().moreSourcesProperty());
        sprintOutside.textProperty().bind(vm.sprint().outsideProperty());
    }

    private void bindBatches() {
        Tables.batches(batchTable);
        batchTable.setItems(vm.stored().rows());
        showBatchButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull());
        deleteBatchButton.disableProperty().bind(batchTable.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.stageProperty().isEqualTo(Stage.IMPORTING)));
        batchTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                showBatch();
            }
        });
        vm.mappingRequestProperty().addListener((o, a, m) -> {
            if (m != null) {
                ColumnMappingDialog.show(root.getScene().getWindow(), m, vm::mappingClosed);
            }
        });
    }

    /** A total of a column the file does not have reads smaller (it is a remark, not a figure). */
    private static void markAbsent(Label l) {
        l.textProperty().addListener((o, a, text) -> Controls.styleIf(l, "absent", Figures.NOT_IN_FILE.equals(text)));
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!files.isEmpty()) {
            vm.open(files.get(0).toPath());
        }
        e.setDropCompleted(!files.isEmpty());
        e.consume();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a vendor billing file");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Billing files (*.csv, *.xlsx, *.tsv, *.txt)", "*.csv", "*.xlsx", "*.tsv",
                        "*.txt", "*.CSV", "*.XLSX"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    @FXML
    private void mapColumns() {
        vm.mapColumns();
    }

    @FXML
    private void importFile() {
        vm.importFile();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void saveRejected() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the rejected rows as CSV");
        chooser.setInitialFileName(vm.rejectedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.saveRejected(f.toPath());
        }
    }

    @FXML
    private void showBatch() {
        vm.showBatch(batchTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteBatch() {
        BatchRow row = batchTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete batch", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, row.deleteQuestion(), delete, ButtonType.CANCEL);
        a.initOwner(root.getScene().getWindow());
        a.setHeaderText("Delete an imported file");
        a.getDialogPane().setId("confirmDeleteBatch");
        a.showAndWait().filter(b -> b == delete).ifPresent(b -> vm.deleteBatch(row));
    }
}
