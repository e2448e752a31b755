package app.envelope.ui.actuals;

import app.envelope.ui.ViewLoader;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Shows the column-mapping form in a dialog (not blocking): "Save mapping and continue" saves in
 * the background and closes when saved; Cancel or closing tells the screen nothing was mapped.
 */
final class ColumnMappingDialog {
    static final ButtonType SAVE = new ButtonType("Save mapping and continue", ButtonBar.ButtonData.OK_DONE);

    private ColumnMappingDialog() {
    }

    static Dialog<Void> show(Window owner, ColumnMappingViewModel vm, Runnable onClosedUnsaved) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Map the columns of " + vm.file().getFileName());
        d.setHeaderText("Unknown format: map the columns of " + vm.file().getFileName());
        d.setResizable(true);
        d.getDialogPane().setId("columnMappingDialog");
        d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        d.getDialogPane().setContent(ViewLoader.load("ColumnMappingView", () -> new ColumnMappingController(vm)));
        d.getDialogPane().getButtonTypes().setAll(SAVE, ButtonType.CANCEL);
        Node save = d.getDialogPane().lookupButton(SAVE);
        save.setId("saveMapping");
        save.disableProperty().bind(vm.canSaveProperty().not().or(vm.busyProperty()));
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        vm.savedProperty().addListener((o, was, saved) -> {
            if (saved) {
                d.close();
            }
        });
        d.setOnHidden(e -> {
            if (!vm.savedProperty().get()) {
                onClosedUnsaved.run();
            }
        });
        d.show();
        return d;
    }
}
