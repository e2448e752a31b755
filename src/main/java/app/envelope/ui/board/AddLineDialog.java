package app.envelope.ui.board;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the epic of a new line: its key, and a title and team when the epic is new. */
final class AddLineDialog {
    private AddLineDialog() {
    }

    static Optional<String[]> ask(Window owner) {
        Dialog<String[]> d = new Dialog<>();
        d.initOwner(owner);
        themed(d, owner);
        d.setTitle("Add a plan line");
        d.setHeaderText("Epic key (an existing epic, or a new one with its title and team)");
        TextField key = new TextField();
        key.setId("newEpicKey");
        key.setPromptText("PAY-190");
        TextField title = new TextField();
        title.setId("newEpicTitle");
        TextField team = new TextField();
        team.setId("newEpicTeam");
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.setPadding(new Insets(16));
        g.addRow(0, new Label("Epic key"), key);
        g.addRow(1, new Label("Title"), title);
        g.addRow(2, new Label("Team"), team);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new String[] {key.getText(), title.getText(), team.getText()} : null);
        key.requestFocus();
        return d.showAndWait();
    }

    static ButtonType confirm(Window owner, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        themed(a, owner);
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.CANCEL);
    }

    /** Dialogs wear the window's stylesheets, so they follow its theme. */
    private static void themed(Dialog<?> d, Window owner) {
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }
}
