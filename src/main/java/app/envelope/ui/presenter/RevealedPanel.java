package app.envelope.ui.presenter;

import app.envelope.ui.board.BoardRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Lays out what the driver revealed: the selected line's labour and token prices, the people on
 * its epic, the labour rates and each tier's negotiated and book prices. Empty while private.
 */
final class RevealedPanel {
    private static final String[] KINDS = {"input", "output", "cache read", "cache write"};

    private RevealedPanel() {
    }

    static void fill(Privacy privacy, BoardRow selected, VBox lineBox, VBox peopleBox, VBox ratesBox, VBox pricesBox) {
        lineBox.getChildren().clear();
        ratesBox.getChildren().clear();
        pricesBox.getChildren().clear();
        peopleBox.getChildren().clear();
        if (!privacy.revealedProperty().get()) {
            return;
        }
        lineBox.getChildren().add(heading(selected == null ? "Selected line"
                : selected.line().epicKey() + ": labour and tokens"));
        GridPane line = grid();
        int row = 0;
        for (Privacy.Detail d : privacy.lineDetails()) {
            Label value = new Label(d.value());
            value.setWrapText(true);
            value.setMinWidth(0);
            line.addRow(row++, muted(d.label()), value);
        }
        lineBox.getChildren().add(line);

        peopleBox.getChildren().add(heading(privacy.peopleHeading()));
        List<String> people = privacy.people();
        FlowPane names = new FlowPane();
        names.getStyleClass().add("people-names");
        if (people.isEmpty()) {
            names.getChildren().add(muted("no user names in the imported billing files"));
        }
        people.forEach(p -> names.getChildren().add(new Label(p)));
        peopleBox.getChildren().add(names);

        ratesBox.getChildren().add(heading("Labour rates · " + privacy.pricesHeading()));
        GridPane rates = grid();
        List<Privacy.Detail> all = privacy.labourRates();
        int half = (all.size() + 1) / 2;
        for (int i = 0; i < all.size(); i++) {
            Privacy.Detail d = all.get(i);
            rates.add(muted(d.label()), (i / half) * 2, i % half);
            rates.add(bold(d.value()), (i / half) * 2 + 1, i % half);
        }
        ratesBox.getChildren().add(rates);

        pricesBox.getChildren().add(heading("Token prices per million (negotiated, book)"));
        pricesBox.getChildren().add(prices(privacy.tierPrices()));
    }

    private static GridPane prices(List<Privacy.PriceRow> tiers) {
        GridPane prices = grid();
        for (int t = 0; t < tiers.size(); t++) {
            Label tier = bold(tiers.get(t).tier());
            Label model = muted(tiers.get(t).model());
            model.setWrapText(true);
            model.setMinWidth(0);
            prices.add(new VBox(tier, model), t + 1, 0);
        }
        for (int k = 0; k < KINDS.length; k++) {
            prices.add(muted(KINDS[k]), 0, k + 1);
            for (int t = 0; t < tiers.size(); t++) {
                Label book = muted("book " + tiers.get(t).book().get(k));
                book.getStyleClass().add("revealed-book");
                prices.add(new VBox(bold(tiers.get(t).effective().get(k)), book), t + 1, k + 1);
            }
        }
        return prices;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("revealed-grid");
        return g;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("revealed-heading");
        return l;
    }

    /** A value in the editor's weight (also used by the in-place editor). */
    static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("editor-value");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
