package app.envelope.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the stylesheets as text and checks each theme: every text colour against the background it
 * is drawn on meets WCAG 2.1 AA (4.5:1 for body text, 3:1 for large text and for graphics such as
 * bubbles), every theme defines every variable, and no rule uses a literal colour. Contrast is
 * computed with doubles (colours, not money).
 */
class ThemeContrastTest {
    private static final Path STYLES = Path.of("styles");
    private static final Pattern ROOT = Pattern.compile("\\.root\\s*\\{([^}]*)}", Pattern.DOTALL);
    private static final Pattern VAR = Pattern.compile("(-env-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|hsba?\\(");
    private static final double BODY = 4.5;
    private static final double LARGE = 3.0;

    /** A text (or graphic) colour, the background it sits on, the ratio it needs and where it is used. */
    private record Pair(String fg, String bg, double min, String where) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("fg", "bg", BODY, "body text on the window"),
            new Pair("fg", "surface", BODY, "tables, cards, panels"),
            new Pair("fg", "surface-alt", BODY, "alternate table rows"),
            new Pair("fg", "control", BODY, "buttons and combo boxes"),
            new Pair("fg", "editable-header-bg", BODY, "editable column headers, the active editor field"),
            new Pair("fg", "red-bg", BODY, "a refused cell editor"),
            new Pair("fg", "keycap-bg", BODY, "presenter key hints"),
            new Pair("muted", "bg", BODY, "secondary text, lines past the fund line"),
            new Pair("muted", "surface", BODY, "card labels, chart ticks, epic titles"),
            new Pair("muted", "surface-alt", BODY, "epic titles on alternate rows"),
            new Pair("muted", "editable-header-bg", BODY, "editor field labels"),
            new Pair("accent-fg", "accent", BODY, "selected rows and navigation"),
            new Pair("nav-fg", "nav-bg", BODY, "navigation"),
            new Pair("nav-muted", "nav-bg", BODY, "navigation footnotes"),
            new Pair("green", "green-bg", BODY, "fit green"),
            new Pair("amber", "amber-bg", BODY, "fit amber"),
            new Pair("red", "red-bg", BODY, "fit red"),
            new Pair("green", "surface", BODY, "balance OK message"),
            new Pair("amber", "bg", BODY, "subsidy warning, presenter filter note"),
            new Pair("amber", "surface", BODY, "balance warning"),
            new Pair("red", "bg", BODY, "problems, B − C over budget"),
            new Pair("red", "surface", BODY, "negative money in the grid, over-budget card"),
            new Pair("seg-tokens", "surface", BODY, "the balance panel's token money"),
            new Pair("seg-fg", "seg-labour", BODY, "stacked bar label"),
            new Pair("seg-fg", "seg-tokens", BODY, "stacked bar label"),
            new Pair("seg-fg", "seg-tooling", BODY, "stacked bar label"),
            new Pair("seg-fg", "seg-risk", BODY, "stacked bar label"),
            new Pair("private-fg", "private-bg", BODY, "the Private badge"),
            new Pair("revealed-fg", "revealed-bg", BODY, "the Revealed badge"),
            new Pair("accent", "surface", BODY, "changed lines in a scenario; card and editor borders"),
            new Pair("accent", "surface-alt", BODY, "changed lines on alternate rows"),
            new Pair("accent", "changed-bg", BODY, "a changed cell in a scenario"),
            new Pair("fg", "changed-bg", BODY, "the detected-format badge on Actuals"),
            new Pair("amber", "amber-bg", BODY, "unknown-format badge and notes on Actuals"),
            new Pair("fg", "amber-bg", BODY, "text in an amber note"),
            new Pair("green", "surface-alt", BODY, "better figures on alternate rows"),
            new Pair("red", "surface-alt", BODY, "worse figures and negative money on alternate rows"),
            new Pair("tier-small", "surface", LARGE, "bubbles (graphic)"),
            new Pair("tier-mid", "surface", LARGE, "bubbles (graphic)"),
            new Pair("tier-frontier", "surface", LARGE, "bubbles (graphic)"),
            new Pair("revealed-bg", "surface", LARGE, "the revealed panel's border (graphic)"));

    private static String read(String file) throws IOException {
        return Files.readString(STYLES.resolve(file));
    }

    private static Map<String, String> variables(String css) {
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher root = ROOT.matcher(css);
        while (root.find()) {
            Matcher m = VAR.matcher(root.group(1));
            while (m.find()) {
                vars.put(m.group(1), m.group(2).trim());
            }
        }
        return vars;
    }

    /** The light variables overlaid with a theme's own: what a scene with both sheets resolves. */
    private static Map<String, String> theme(Theme t) throws IOException {
        Map<String, String> vars = variables(read("envelope.css"));
        if (t.stylesheet() != null) {
            vars.putAll(variables(read(Path.of(t.stylesheet()).getFileName().toString())));
        }
        return vars;
    }

    static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(i * 2, i * 2 + 2), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaMatchesWcagReferenceValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        assertEquals(4.54, contrast("#767676", "#ffffff"), 0.005);
        assertEquals(contrast("#fff", "#0b5cad"), contrast("#ffffff", "#0b5cad"), 1e-12);
    }

    @Test
    void everyTextAndBackgroundPairMeetsWcagAaInEveryTheme() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Theme t : Theme.values()) {
            Map<String, String> v = theme(t);
            for (Pair p : PAIRS) {
                String fg = v.get("-env-" + p.fg());
                String bg = v.get("-env-" + p.bg());
                assertTrue(fg != null && fg.matches("#[0-9a-fA-F]{6}"), t.id() + ": -env-" + p.fg() + " should be #rrggbb, is " + fg);
                assertTrue(bg != null && bg.matches("#[0-9a-fA-F]{6}"), t.id() + ": -env-" + p.bg() + " should be #rrggbb, is " + bg);
                double ratio = contrast(fg, bg);
                if (ratio < p.min()) {
                    failures.add(String.format("%s: -env-%s %s on -env-%s %s is %.2f:1, needs %.1f:1 (%s)", t.id(), p.fg(), fg,
                            p.bg(), bg, ratio, p.min(), p.where()));
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyThemeDefinesEveryColourVariableOfTheBaseStylesheet() throws IOException {
        Set<String> base = variables(read("envelope.css")).keySet();
        for (Theme t : Theme.values()) {
            if (t.stylesheet() == null) {
                continue;
            }
            String file = Path.of(t.stylesheet()).getFileName().toString();
            Set<String> missing = new TreeSet<>(base);
            missing.removeAll(variables(read(file)).keySet());
            assertTrue(missing.isEmpty(), file + " lacks " + missing + ": give each a " + t.label()
                    + " value (and add its text/background pair to ThemeContrastTest)");
        }
    }

    @Test
    void themeSheetsOnlyRedefineVariablesOnRoot() throws IOException {
        for (Theme t : Theme.values()) {
            if (t.stylesheet() == null) {
                continue;
            }
            String css = read(Path.of(t.stylesheet()).getFileName().toString()).replaceAll("(?s)/\\*.*?\\*/", "");
            String outside = ROOT.matcher(css).replaceAll("").trim();
            assertEquals("", outside, t.stylesheet() + " should hold only a .root block of variables");
            Matcher root = ROOT.matcher(css);
            assertTrue(root.find());
            for (String decl : root.group(1).split(";")) {
                String d = decl.trim();
                assertTrue(d.isEmpty() || d.startsWith("-env-") || d.startsWith("-fx-"), "not a variable: " + d);
            }
        }
    }

    @Test
    void everyVariableAnyStylesheetUsesIsDefinedInTheBase() throws IOException {
        Set<String> defined = variables(read("envelope.css")).keySet();
        try (Stream<Path> files = Files.list(STYLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                String css = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher m = Pattern.compile("-env-[a-z0-9-]++(?!\\s*:)").matcher(css);
                while (m.find()) {
                    assertTrue(defined.contains(m.group()), f.getFileName() + " uses " + m.group()
                            + ", which envelope.css does not define");
                }
            }
        }
    }

    @Test
    void rulesUseVariablesNeverLiteralColours() throws IOException {
        for (String file : List.of("envelope.css", "presenter.css")) {
            String css = ROOT.matcher(read(file).replaceAll("(?s)/\\*.*?\\*/", "")).replaceAll("");
            Matcher m = HEX.matcher(css);
            assertTrue(!m.find(), file + " has a literal colour in a rule: \"" + (m.hitEnd() ? "" : css.substring(
                    Math.max(0, m.start() - 40), Math.min(css.length(), m.end() + 20))) + "\"; use an -env-* variable");
        }
    }
}
