package app.envelope.ui.theme;

import java.util.Locale;

/**
 * The colour themes. Each is a stylesheet in {@code styles/} that only redefines the looked-up
 * {@code -env-*} colours of {@code styles/envelope.css} (light is envelope.css itself), so every
 * screen follows without rules of its own.
 */
public enum Theme {
    LIGHT("light", "Light", null),
    DARK("dark", "Dark", "/styles/theme-dark.css"),
    HIGH_CONTRAST("high-contrast", "High contrast", "/styles/theme-high-contrast.css");

    private final String id;
    private final String label;
    private final String stylesheet;

    Theme(String id, String label, String stylesheet) {
        this.id = id;
        this.label = label;
        this.stylesheet = stylesheet;
    }

    /** The name used in settings and on the command line ({@code light}, {@code dark}, {@code high-contrast}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The classpath of the theme's stylesheet, or null for light (the base stylesheet's own colours). */
    public String stylesheet() {
        return stylesheet;
    }

    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** Parses {@code light}, {@code dark}, {@code high-contrast} (also {@code hc}, {@code high contrast}). */
    public static Theme parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (t.equals("hc") || t.equals("contrast")) {
            return HIGH_CONTRAST;
        }
        for (Theme theme : values()) {
            if (theme.id.equals(t)) {
                return theme;
            }
        }
        throw new IllegalArgumentException("unknown theme \"" + text + "\" (themes: light, dark, high-contrast)");
    }

    @Override
    public String toString() {
        return label;
    }
}
