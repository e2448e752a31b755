package app.envelope.ui;

import java.io.IOException;
import java.net.URL;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads {@code /fxml/NAME.fxml} with the given controller instance (built by the composition root). */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static Parent load(String name, Supplier<Object> controller) {
        URL url = ViewLoader.class.getResource("/fxml/" + name + ".fxml");
        if (url == null) {
            throw new IllegalStateException("missing view /fxml/" + name + ".fxml");
        }
        FXMLLoader loader = new FXMLLoader(url);
        Object c = controller.get();
        loader.setControllerFactory(type -> {
            if (!type.isInstance(c)) {
                throw new IllegalStateException(name + ".fxml wants " + type.getName() + ", got " + c.getClass().getName());
            }
            return c;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("cannot load view " + name + ": " + e.getMessage(), e);
        }
    }
}
