package app.envelope.ui.compare;

import app.envelope.domain.actuals.Calibration;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the calibration view's controls to its view model. */
public final class CalibrationController {
    private final CalibrationViewModel vm;

    @FXML private Label summary;
    @FXML private TableView<Calibration.Cell> cellTable;
    @FXML private TableView<Calibration.SizeRow> sizeTable;
    @FXML private DatePicker fromPicker;
    @FXML private Button acceptButton;
    @FXML private Label repriced;
    @FXML private Label status;
    @FXML private Label problem;

    public CalibrationController(CalibrationViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        col(cellTable, "Size", 50, c -> c.size().name(), null);
        col(cellTable, "Effort", 72, c -> c.effort().label(), null);
        col(cellTable, "Samples", 76, c -> Integer.toString(c.samples()), "numeric");
        TableColumn<Calibration.Cell, Calibration.Cell> observed = group(cellTable, "Observed per line");
        observed.getColumns().add(make("P50", 96, c -> Format.tokens(c.observedP50()), "numeric"));
        observed.getColumns().add(make("P90", 96, c -> Format.tokens(c.observedP90()), "numeric"));
        TableColumn<Calibration.Cell, Calibration.Cell> envelope = group(cellTable, "Envelope now");
        envelope.getColumns().add(make("P50", 96, c -> Format.tokens(c.envelopeP50()), "numeric"));
        envelope.getColumns().add(make("P90", 96, c -> Format.tokens(c.envelopeP90()), "numeric"));
        col(cellTable, "P50 ratio", 96, c -> CalibrationViewModel.ratio(c.ratioP50()), "numeric");
        col(cellTable, "Note", 200, CalibrationViewModel::note, "calibration-note");
        cellTable.setItems(vm.cells());
        cellTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        col(sizeTable, "Size", 48, r -> r.size().name(), null);
        col(sizeTable, "Samples", 74, r -> Integer.toString(r.samples()), "numeric");
        col(sizeTable, "Now P50 / P90", 160, r -> Format.tokens(BigDecimal.valueOf(r.currentP50())) + " / "
                + Format.tokens(BigDecimal.valueOf(r.currentP90())), "numeric");
        col(sizeTable, "Proposed P50 / P90", 170, r -> r.enough() ? Format.tokens(r.observedP50()) + " / "
                + Format.tokens(r.observedP90()) : "—", "numeric");
        col(sizeTable, "Note", 280, r -> r.enough() ? "P50 × " + CalibrationViewModel.ratio(r.ratioP50())
                : CalibrationViewModel.note(r), "calibration-note");
        sizeTable.setItems(vm.sizes());
        sizeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        vm.calibrationProperty().addListener((o, a, c) -> summary.setText(vm.summary()));
        acceptButton.disableProperty().bind(vm.acceptableProperty().not());
        fromPicker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        fromPicker.valueProperty().bindBidirectional(vm.acceptFromProperty());
        repriced.textProperty().bind(vm.repricedProperty());
        status.textProperty().bind(vm.statusProperty());
        problem.textProperty().bind(vm.problemProperty());
    }

    @FXML
    private void accept() {
        vm.accept();
    }

    private static <T> TableColumn<T, T> group(TableView<T> table, String header) {
        TableColumn<T, T> g = new TableColumn<>(header);
        g.setSortable(false);
        table.getColumns().add(g);
        return g;
    }

    private static <T> void col(TableView<T> table, String header, double width, Function<T, String> text, String style) {
        table.getColumns().add(make(header, width, text, style));
    }

    private static <T> TableColumn<T, T> make(String header, double width, Function<T, String> text, String style) {
        TableColumn<T, T> c = new TableColumn<>(header);
        c.setId("cal-" + header.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        c.setPrefWidth(width);
        c.setSortable(false);
        if (style != null) {
            c.getStyleClass().add(style);
        }
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            {
                if (style != null) {
                    getStyleClass().add(style);
                }
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return c;
    }
}
