package app.envelope.domain.actuals;

import app.envelope.domain.ToolingItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which billing lines are tooling (seats, CI minutes, code review, sandboxes): those whose product
 * or SKU matches the product pattern of a tooling item on the rate card (a glob: {@code *} any
 * characters, {@code ?} one; case ignored). Every other billing line is token spend.
 */
public final class ToolingClassifier {
    private record Entry(String name, Pattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public ToolingClassifier(Collection<ToolingItem> items) {
        for (ToolingItem t : items) {
            if (!t.productPattern().isBlank()) {
                entries.add(new Entry(t.name(), Pattern.compile(globToRegex(t.productPattern().strip()),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        }
    }

    /** @return the name of the tooling item the cell's product or SKU matches, or empty for token spend */
    public Optional<String> toolingItem(SpendCell cell) {
        for (Entry e : entries) {
            if (matches(e.pattern(), cell.product()) || matches(e.pattern(), cell.sku())) {
                return Optional.of(e.name());
            }
        }
        return Optional.empty();
    }

    public boolean isTooling(SpendCell cell) {
        return toolingItem(cell).isPresent();
    }

    private static boolean matches(Pattern p, String text) {
        return text != null && p.matcher(text.strip()).matches();
    }

    static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                b.append(".*");
            } else if (c == '?') {
                b.append('.');
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
