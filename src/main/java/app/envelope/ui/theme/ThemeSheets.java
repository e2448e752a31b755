package app.envelope.ui.theme;

import java.net.URL;
import java.util.List;

/**
 * Puts a theme's stylesheet on a scene (or a dialog pane): any other theme sheet is removed and
 * the chosen one goes last, so its {@code .root} variables win over envelope.css.
 */
public final class ThemeSheets {
    private ThemeSheets() {
    }

    public static void apply(List<String> stylesheets, Theme theme) {
        for (Theme t : Theme.values()) {
            if (t.stylesheet() != null) {
                stylesheets.remove(url(t));
            }
        }
        if (theme != null && theme.stylesheet() != null) {
            stylesheets.add(url(theme));
        }
    }

    private static String url(Theme t) {
        URL u = ThemeSheets.class.getResource(t.stylesheet());
        if (u == null) {
            throw new IllegalStateException("missing stylesheet " + t.stylesheet());
        }
        return u.toExternalForm();
    }
}
