package app.envelope.ui.rates;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The view of one dated rate-card section: its title and help, the version history (what each
 * version prices; the versions pricing the current sprint in bold) and the form for a new version.
 * Built from the section's description; the buttons call back into the controller.
 */
final class SectionPane extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass HISTORIC = PseudoClass.getPseudoClass("historic");

    SectionPane(VersionSection<?> section, Consumer<VersionSection<?>> submit, boolean wideForm) {
        setSpacing(8);
        getStyleClass().add("rate-section");
        setId("section-" + section.id());
        Label title = new Label(section.title());
        title.getStyleClass().add("section-title");
        Label help = new Label(section.help());
        help.getStyleClass().add("section-help");
        help.setWrapText(true);

        TableView<VersionRow> table = new TableView<>(section.rows());
        table.setId(section.id() + "-history");
        table.getStyleClass().add("rate-table");
        table.setPlaceholder(new Label("No versions yet"));
        table.getColumns().add(column(section.keyHeader(), section.keyWidth(), false, VersionRow::key));
        table.getColumns().add(column("Valid from", 112, false, r -> r.validFrom().toString()));
        List<VersionTable.Column> cols = section.columns();
        for (int i = 0; i < cols.size(); i++) {
            int at = i;
            VersionTable.Column c = cols.get(i);
            table.getColumns().add(column(c.header(), c.width(), c.numeric(), r -> r.cells().get(at)));
        }
        TableColumn<VersionRow, VersionRow> prices = column("Prices", 170, false, VersionRow::prices);
        prices.setId(section.id() + "-col-prices");
        table.getColumns().add(prices);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VersionRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(CURRENT, !empty && r != null && r.current());
                pseudoClassStateChanged(HISTORIC, !empty && r != null && r.historic());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                section.startFrom(r);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        FormGrid.fill(form, section.id(), section.fields());
        Label formTitle = new Label("New version");
        formTitle.getStyleClass().add("form-title");
        Label impact = new Label();
        impact.setId(section.id() + "-impact");
        impact.getStyleClass().add("impact");
        impact.setWrapText(true);
        impact.textProperty().bind(section.impactProperty());
        section.impactWarningProperty().addListener((o, a, w) -> {
            impact.getStyleClass().remove("warning");
            if (w) {
                impact.getStyleClass().add("warning");
            }
        });
        Button add = new Button("Add version");
        add.setId(section.id() + "-add");
        add.getStyleClass().add("primary-button");
        add.setDefaultButton(false);
        add.setOnAction(e -> submit.accept(section));
        Button reset = new Button("Reset");
        reset.setId(section.id() + "-reset");
        reset.setOnAction(e -> section.reset());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(12, impact, grow, reset, add);
        actions.getStyleClass().add("form-actions");
        HBox.setHgrow(impact, Priority.SOMETIMES);
        VBox formBox = new VBox(6, formTitle, form, actions);
        formBox.getStyleClass().add("rate-form");
        if (!wideForm) {
            formBox.setMaxWidth(Double.MAX_VALUE);
        }
        if (section.offersKeyFilter()) {
            javafx.scene.control.CheckBox only = new javafx.scene.control.CheckBox("Only the " + section.keyHeader().toLowerCase()
                    + " in the form");
            only.setId(section.id() + "-only");
            only.selectedProperty().bindBidirectional(section.onlyChosenKeyProperty());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox titleRow = new HBox(12, title, spacer, only);
            titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            getChildren().addAll(titleRow, help, table, formBox);
        } else {
            getChildren().addAll(title, help, table, formBox);
        }
    }

    private static TableColumn<VersionRow, VersionRow> column(String header, double width, boolean numeric,
                                                              java.util.function.Function<VersionRow, String> text) {
        TableColumn<VersionRow, VersionRow> col = new TableColumn<>(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        if (numeric) {
            col.getStyleClass().add("numeric");
        }
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(VersionRow r, boolean empty) {
                super.updateItem(r, empty);
                String t = empty || r == null ? null : text.apply(r);
                setText(t);
                setTooltip(t == null || t.length() < 24 ? null : new Tooltip(t));
            }
        });
        return col;
    }
}
