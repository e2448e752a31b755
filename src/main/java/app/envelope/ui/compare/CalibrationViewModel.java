package app.envelope.ui.compare;

import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.Calibration;
import app.envelope.service.CompareService;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the calibration view: per size and effort the observed P50 / P90 tokens
 * per line from closed sprints beside the current envelope, the proposal per size, and "accept",
 * which writes a new version of the envelope table from a chosen date. Knows no controls.
 */
public final class CalibrationViewModel {
    private final CompareService service;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Calibration> calibration = new SimpleObjectProperty<>();
    private final ObservableList<Calibration.Cell> cells = FXCollections.observableArrayList();
    private final ObservableList<Calibration.SizeRow> sizes = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> acceptFrom = new SimpleObjectProperty<>();
    private final StringProperty repriced = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty acceptable = new SimpleBooleanProperty(false);
    private List<Sprint> sprints = List.of();
    private Runnable onAccepted = () -> { };

    public CalibrationViewModel(CompareService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        acceptFrom.addListener((o, a, d) -> repriced.set(repricedText(d)));
        calibration.addListener(o -> acceptable.set(canAccept() && !busy.get()));
        acceptFrom.addListener(o -> acceptable.set(canAccept() && !busy.get()));
        busy.addListener(o -> acceptable.set(canAccept() && !busy.get()));
    }

    /** True when "accept" can run: a size has enough samples, a date is chosen, nothing is running. */
    public BooleanProperty acceptableProperty() {
        return acceptable;
    }

    /** Called after a new envelope version is written (the board re-prices its sprint). */
    public void setOnAccepted(Runnable r) {
        onAccepted = r == null ? () -> { } : r;
    }

    private record Loaded(Calibration calibration, LocalDate from, List<Sprint> sprints) {
    }

    public void load() {
        busy.set(true);
        tasks.run("Calibrating", () -> new Loaded(service.calibration(), service.defaultCalibrationDate(),
                service.sprints()), l -> {
                    sprints = l.sprints();
                    calibration.set(l.calibration());
                    cells.setAll(l.calibration().cells());
                    sizes.setAll(l.calibration().sizes());
                    if (acceptFrom.get() == null) {
                        acceptFrom.set(l.from());
                    } else {
                        repriced.set(repricedText(acceptFrom.get()));
                    }
                    busy.set(false);
                }, e -> {
                    busy.set(false);
                    problem.set(e.getMessage());
                });
    }

    /** "3 closed sprints, 33 lines; 1 line left out (its billing lines carry no token counts)". */
    public String summary() {
        Calibration c = calibration.get();
        if (c == null) {
            return "";
        }
        String s = "From " + c.sprints() + " closed sprint" + (c.sprints() == 1 ? "" : "s") + ": " + c.samples().size()
                + " plan lines with token counts";
        if (c.linesWithoutTokenCounts() > 0) {
            s += "; " + c.linesWithoutTokenCounts() + " line" + (c.linesWithoutTokenCounts() == 1 ? "" : "s")
                    + " left out (no token counts in the billing files)";
        }
        return s + ". P50 and P90 by nearest rank; fewer than " + Calibration.MIN_SAMPLES + " samples is too few to propose.";
    }

    private String repricedText(LocalDate from) {
        if (from == null) {
            return "";
        }
        List<Sprint> affected = sprints.stream().filter(s -> !s.start().isBefore(from)).toList();
        String names = affected.stream().map(Sprint::name).collect(Collectors.joining(", "));
        return affected.isEmpty() ? "No sprint starts on or after " + from + " yet; earlier sprints keep their prices."
                : "Re-prices " + names + " (starting on or after " + from + "); earlier sprints keep their prices.";
    }

    /** Words for a cell's note: plain about too few samples. */
    public static String note(Calibration.Cell c) {
        if (c.samples() == 0) {
            return "no samples";
        }
        if (!c.enough()) {
            return "fewer than 3 samples";
        }
        return "";
    }

    public static String note(Calibration.SizeRow r) {
        if (r.samples() == 0) {
            return "no samples: unchanged";
        }
        if (!r.enough()) {
            return "fewer than 3 samples: unchanged";
        }
        return "";
    }

    /** "1.08×" or a dash. */
    public static String ratio(BigDecimal r) {
        return r == null ? "—" : r.toPlainString() + "×";
    }

    public boolean canAccept() {
        return calibration.get() != null && calibration.get().sizes().stream().anyMatch(Calibration.SizeRow::enough)
                && acceptFrom.get() != null;
    }

    /** Writes the new envelope version (sizes with enough samples) from the chosen date. */
    public void accept() {
        LocalDate from = acceptFrom.get();
        if (!canAccept()) {
            problem.set("Nothing to accept: no size has 3 or more samples yet.");
            return;
        }
        busy.set(true);
        problem.set("");
        tasks.run("Writing the envelope table", () -> service.acceptCalibration(from), written -> {
            status.set("Wrote a new envelope table version from " + from + ": " + written.stream()
                    .map(CalibrationViewModel::describe).collect(Collectors.joining("; ")) + ". Other sizes keep theirs.");
            busy.set(false);
            onAccepted.run();
            load();
        }, e -> {
            busy.set(false);
            problem.set(e.getMessage());
        });
    }

    private static String describe(SizeEnvelope e) {
        return e.size() + " " + Format.tokens(BigDecimal.valueOf(e.p50())) + " / " + Format.tokens(BigDecimal.valueOf(e.p90()));
    }

    public ObjectProperty<Calibration> calibrationProperty() {
        return calibration;
    }

    public ObservableList<Calibration.Cell> cells() {
        return cells;
    }

    public ObservableList<Calibration.SizeRow> sizes() {
        return sizes;
    }

    public ObjectProperty<LocalDate> acceptFromProperty() {
        return acceptFrom;
    }

    public StringProperty repricedProperty() {
        return repriced;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
