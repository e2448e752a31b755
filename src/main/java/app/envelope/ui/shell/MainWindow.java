package app.envelope.ui.shell;

import app.envelope.billing.BillingFileReader;
import app.envelope.service.ActualsService;
import app.envelope.service.StoredMappings;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.ViewLoader;
import app.envelope.ui.actuals.ActualsController;
import app.envelope.ui.actuals.ActualsViewModel;
import app.envelope.ui.actuals.RulesController;
import app.envelope.ui.board.BoardController;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.board.ValueCostChart;
import app.envelope.ui.balance.BalanceController;
import app.envelope.ui.balance.BalanceViewModel;
import app.envelope.service.FinanceExport;
import app.envelope.ui.export.FinanceExportDialog;
import app.envelope.ui.export.FinanceExportViewModel;
import app.envelope.ui.presenter.PresenterController;
import app.envelope.ui.presenter.PresenterMode;
import app.envelope.ui.presenter.PresenterViewModel;
import app.envelope.ui.theme.Appearance;
import app.envelope.ui.theme.Theme;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.rates.RateCardViewModel;
import app.envelope.ui.rates.RatesController;
import app.envelope.ui.scenario.ScenarioController;
import app.envelope.ui.scenario.ScenarioViewModel;
import java.time.Clock;
import app.envelope.service.CompareService;
import app.envelope.service.TimesheetImport;
import app.envelope.ui.compare.CalibrationController;
import app.envelope.ui.compare.CalibrationViewModel;
import app.envelope.ui.compare.CompareController;
import app.envelope.ui.compare.CompareViewModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window: navigation on the left, the selected screen in the centre. Screens are built
 * lazily from the suppliers registered here (the composition root).
 */
public final class MainWindow {
    public static final String STYLESHEET = "/styles/envelope.css";
    public static final String PRESENTER_STYLESHEET = "/styles/presenter.css";
    /** The Actuals screen's rules (on the variables of {@link #STYLESHEET}). */
    public static final String ACTUALS_STYLESHEET = "/styles/actuals.css";
    /** Screen names for navigation and the screenshot command, lower case. */
    public static final List<String> SCREENS = List.of("board", "balance", "rates", "scenario", "actuals", "compare",
            "calibration", "presenter");
    /** The Compare screen's style sheet (its rules use only the -env-* colour variables). */
    public static final String COMPARE_STYLESHEET = "/styles/compare.css";

    private final BorderPane root = new BorderPane();
    private final Map<String, Supplier<Parent>> screens = new LinkedHashMap<>();
    private final Map<String, Parent> built = new LinkedHashMap<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navBox = new VBox();
    private BoardViewModel boardModel;
    private final Appearance appearance;
    private final PresenterMode presenter;
    private final ActualsViewModel actualsModel;
    private final Store store;
    private final BackgroundTasks tasks;
    private CompareViewModel compareModel;
    /** What a built screen re-reads when it is shown again (imports and edits elsewhere change what it shows). */
    private final Map<String, Runnable> onShow = new LinkedHashMap<>();

    /** With the column mappings saved in the store's database. */
    public MainWindow(Store store, BackgroundTasks tasks) {
        this(store, tasks, new ActualsService(store, new BillingFileReader(), new StoredMappings(store.columnMappings())));
    }

    public MainWindow(Store store, BackgroundTasks tasks, ActualsService actuals) {
        this.store = store;
        this.tasks = tasks;
        PortfolioEvents events = new PortfolioEvents();
        Clock clock = Clock.systemDefaultZone();
        BoardViewModel board = new BoardViewModel(store, tasks, events);
        boardModel = board;
        screens.put("Board", () -> {
            ValueCostChart chart = new ValueCostChart(row -> board.selectedRowProperty().set(row));
            board.evaluationProperty().addListener((o, a, e) -> chart.setRows(board.rows(), board.currencyProperty().get()));
            board.selectedRowProperty().addListener((o, a, r) -> chart.select(r == null ? -1 : r.line().id()));
            BalanceViewModel balance = new BalanceViewModel(board);
            Parent balanceView = ViewLoader.load("BalanceView", () -> new BalanceController(balance));
            Parent p = ViewLoader.load("BoardView", () -> new BoardController(board, List.of(chart, balanceView)));
            board.load();
            return p;
        });
        ScenarioViewModel scenarios = new ScenarioViewModel(store, tasks, events, clock, board::adopt);
        screens.put("Scenarios", () -> {
            Parent p = ViewLoader.load("ScenarioView", () -> new ScenarioController(scenarios));
            scenarios.load();
            return p;
        });
        RateCardViewModel rates = new RateCardViewModel(store, tasks, events, clock);
        screens.put("Rates", () -> {
            Parent p = ViewLoader.load("RatesView", () -> new RatesController(rates));
            rates.load();
            return p;
        });
        actualsModel = new ActualsViewModel(actuals, tasks);
        events.onPlanChanged(sprintId -> {
            if (built.containsKey("Actuals")) {
                actualsModel.rules().refreshChoices();
            }
        });
        screens.put("Actuals", () -> {
            Parent rules = ViewLoader.load("RulesView", () -> new RulesController(actualsModel.rules()));
            Parent p = ViewLoader.load("ActualsView", () -> new ActualsController(actualsModel, rules));
            actualsModel.load();
            return p;
        });
        CompareService compareService = new CompareService(store);
        CompareViewModel compare = new CompareViewModel(compareService, new TimesheetImport(store), tasks);
        compareModel = compare;
        CalibrationViewModel calibration = new CalibrationViewModel(compareService, tasks);
        calibration.setOnAccepted(events::rateCardChanged);
        Runnable refreshCompare = () -> {
            if (built.containsKey("Compare")) {
                compare.reload();
                calibration.load();
            }
        };
        events.onPlanChanged(sprintId -> refreshCompare.run());
        events.onRateCardChanged(refreshCompare);
        onShow.put("Compare", refreshCompare);
        screens.put("Compare", () -> {
            Parent calibrationView = ViewLoader.load("CalibrationView", () -> new CalibrationController(calibration));
            Parent p = ViewLoader.load("CompareView", () -> new CompareController(compare, calibrationView));
            compare.load();
            calibration.load();
            return p;
        });
        appearance = new Appearance(store, tasks);
        appearance.load();
        PresenterViewModel presenterModel = new PresenterViewModel(board, store, tasks);
        presenterModel.load();
        presenter = new PresenterMode(presenterModel, appearance, () -> {
            PresenterController c = new PresenterController(presenterModel, appearance, this::leavePresenter);
            return new PresenterMode.PresenterView(ViewLoader.load("PresenterView", () -> c), c);
        });
        Label brand = new Label("Envelope");
        brand.getStyleClass().add("brand");
        Label db = new Label(store.path().getFileName().toString());
        db.getStyleClass().add("nav-footnote");
        navBox.getStyleClass().add("nav");
        navBox.getChildren().add(brand);
        screens.keySet().forEach(this::addNav);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export for finance…");
        export.setId("exportFinance");
        export.getStyleClass().addAll("nav-button", "nav-action");
        export.setMaxWidth(Double.MAX_VALUE);
        export.setTooltip(new javafx.scene.control.Tooltip("Write the finance workbook (XLSX)  ·  Ctrl+Shift+E"));
        export.setOnAction(e -> openFinanceExport());
        navBox.getChildren().addAll(grow, export, presentButton(), themePicker(), db);
        root.setLeft(navBox);
        root.getStyleClass().add("main-window");
        show("Board");
    }

    private void addNav(String name) {
        ToggleButton b = new ToggleButton(name);
        b.setId("nav-" + name.toLowerCase().replace(' ', '-'));
        b.setToggleGroup(nav);
        b.getStyleClass().add("nav-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> show(name));
        navBox.getChildren().add(b);
    }

    /** Presenter mode for the shared screen (also F11). */
    private Button presentButton() {
        Button b = new Button("▶ Present (F11)");
        b.setId("presentButton");
        b.getStyleClass().addAll("nav-button", "present-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> presenter.enter());
        return b;
    }

    /** The window's colour theme, remembered in the portfolio's settings. */
    private VBox themePicker() {
        Label label = new Label("Theme");
        label.getStyleClass().add("nav-footnote");
        ComboBox<Theme> box = new ComboBox<>();
        box.setId("themePicker");
        box.getItems().setAll(Theme.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(appearance.windowThemeProperty().get());
        appearance.windowThemeProperty().addListener((o, a, t) -> box.setValue(t));
        box.valueProperty().addListener((o, a, t) -> appearance.chooseWindowTheme(t));
        VBox v = new VBox(4, label, box);
        v.getStyleClass().add("theme-picker");
        return v;
    }

    private void leavePresenter() {
        presenter.leave();
    }

    /** Shows a theme without remembering it (the screenshot command's --theme). */
    public void previewTheme(Theme theme) {
        appearance.preview(theme);
    }

    public PresenterMode presenter() {
        return presenter;
    }

    public void show(String name) {
        boolean again = built.containsKey(name);
        Parent p = built.computeIfAbsent(name, n -> screens.get(n).get());
        if (again && root.getCenter() != p) {
            onShow.getOrDefault(name, () -> { }).run();
        }
        root.setCenter(p);
        nav.getToggles().stream().filter(t -> ((ToggleButton) t).getText().equals(name)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Shows a screen by its lower-case name (see {@link #SCREENS}). */
    public void showScreen(String name) {
        if (name.equalsIgnoreCase("presenter")) {
            show("Board");
            presenter.enter();
            return;
        }
        if (name.equalsIgnoreCase("balance")) {
            show("Board");
            selectFirstStarvedLine();
            return;
        }
        if (name.equalsIgnoreCase("calibration") || name.equalsIgnoreCase("compare")) {
            compareModel.tabProperty().set(name.equalsIgnoreCase("calibration")
                    ? CompareViewModel.Tab.CALIBRATION : CompareViewModel.Tab.COMPARE);
            show("Compare");
            return;
        }
        String screen = name.equalsIgnoreCase("scenario") ? "Scenarios" : name;
        screens.keySet().stream().filter(k -> k.equalsIgnoreCase(screen)).findFirst().ifPresent(this::show);
    }

    /** The balance view: the board with its first starved line selected, so the panel has something to split. */
    private void selectFirstStarvedLine() {
        javafx.beans.value.ChangeListener<Object> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object a, Object b) {
                boardModel.rows().stream().filter(r -> r.cost().has(app.envelope.domain.Flag.STARVED)).findFirst()
                        .ifPresent(r -> boardModel.selectedRowProperty().set(r));
                boardModel.evaluationProperty().removeListener(this);
            }
        };
        boardModel.evaluationProperty().addListener(once);
    }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/rates.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/scenario.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource(ACTUALS_STYLESHEET).toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource(FinanceExportDialog.STYLESHEET).toExternalForm());
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.E,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN),
                this::openFinanceExport);
        scene.getStylesheets().add(MainWindow.class.getResource(COMPARE_STYLESHEET).toExternalForm());
        acceptBillingFileDrops(scene);
        scene.getStylesheets().add(MainWindow.class.getResource(PRESENTER_STYLESHEET).toExternalForm());
        presenter.attach(scene);
        return scene;
    }

    /** Opens "Export for finance" (the nav entry and Ctrl+Shift+E). */
    public javafx.stage.Stage openFinanceExport() {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home"));
        java.nio.file.Path documents = home.resolve("Documents");
        FinanceExportViewModel vm = new FinanceExportViewModel(new FinanceExport(store), tasks,
                javafx.application.Platform::runLater, java.time.LocalDate::now,
                java.nio.file.Files.isDirectory(documents) ? documents : home);
        return FinanceExportDialog.open(root.getScene() == null ? null : root.getScene().getWindow(), vm);
    }

    /** A file dropped anywhere on the window opens on the Actuals screen (which previews it; nothing is stored yet). */
    private void acceptBillingFileDrops(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !presenter.activeProperty().get()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
        });
        scene.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (files) {
                show("Actuals");
                actualsModel.open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(files);
        });
    }

    /** The Actuals screen's view model (the screen is built when first shown). */
    /** The board's view model (the window benchmark edits through it, as the grid does). */
    public BoardViewModel board() {
        return boardModel;
    }

    public ActualsViewModel actuals() {
        return actualsModel;
    }

    public BorderPane root() {
        return root;
    }
}
