package app.envelope.ui.export;

import app.envelope.ui.ViewLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The "Export for finance" window, owned by the main window and styled like it. */
public final class FinanceExportDialog {
    public static final String STYLESHEET = "/styles/finance-export.css";

    private FinanceExportDialog() {
    }

    public static Stage open(Window owner, FinanceExportViewModel vm) {
        Parent root = ViewLoader.load("FinanceExportView", () -> new FinanceExportController(vm));
        Scene scene = new Scene(root, 640, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        String own = FinanceExportDialog.class.getResource(STYLESHEET).toExternalForm();
        if (!scene.getStylesheets().contains(own)) {
            scene.getStylesheets().add(own);
        }
        Stage stage = new Stage();
        stage.setTitle("Export for finance");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
        vm.load();
        stage.show();
        return stage;
    }
}
