package app.envelope.ui.shell;

import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.ViewLoader;
import app.envelope.ui.board.BoardController;
import app.envelope.ui.board.BoardViewModel;
import app.envelope.ui.board.ValueCostChart;
import app.envelope.ui.balance.BalanceController;
import app.envelope.ui.balance.BalanceViewModel;
import app.envelope.ui.PortfolioEvents;
import app.envelope.ui.rates.RateCardViewModel;
import app.envelope.ui.rates.RatesController;
import app.envelope.ui.scenario.ScenarioController;
import app.envelope.ui.scenario.ScenarioViewModel;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
    /** Screen names for navigation and the screenshot command, lower case. */
    public static final List<String> SCREENS = List.of("board", "balance", "rates", "scenario");

    private final BorderPane root = new BorderPane();
    private final Map<String, Supplier<Parent>> screens = new LinkedHashMap<>();
    private final Map<String, Parent> built = new LinkedHashMap<>();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navBox = new VBox();
    private BoardViewModel boardModel;

    public MainWindow(Store store, BackgroundTasks tasks) {
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
        Label brand = new Label("Envelope");
        brand.getStyleClass().add("brand");
        Label db = new Label(store.path().getFileName().toString());
        db.getStyleClass().add("nav-footnote");
        navBox.getStyleClass().add("nav");
        navBox.getChildren().add(brand);
        screens.keySet().forEach(this::addNav);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        navBox.getChildren().addAll(grow, db);
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

    public void show(String name) {
        Parent p = built.computeIfAbsent(name, n -> screens.get(n).get());
        root.setCenter(p);
        nav.getToggles().stream().filter(t -> ((ToggleButton) t).getText().equals(name)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Shows a screen by its lower-case name (see {@link #SCREENS}). */
    public void showScreen(String name) {
        if (name.equalsIgnoreCase("balance")) {
            show("Board");
            selectFirstStarvedLine();
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
        return scene;
    }

    public BorderPane root() {
        return root;
    }
}
