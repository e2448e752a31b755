package app.envelope.billing.attribution;

import app.envelope.domain.BillingLine;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A field of a billing line a rule can look at: {@code project}, {@code repository},
 * {@code workspace}, {@code apiKeyName}, {@code costCenter}, {@code user}, {@code vendor},
 * {@code product}, {@code sku}, {@code model}, {@code tag:<key>} (FOCUS Tags) or
 * {@code extra:<header>} (a kept column).
 */
public final class LineField {
    private static final Map<String, Function<BillingLine, String>> NAMED = Map.ofEntries(
            Map.entry("project", l -> l.tags().project()),
            Map.entry("repository", l -> l.tags().repository()),
            Map.entry("workspace", l -> l.tags().workspace()),
            Map.entry("apikeyname", l -> l.tags().apiKeyName()),
            Map.entry("costcenter", l -> l.tags().costCenter()),
            Map.entry("user", l -> l.tags().user()),
            Map.entry("vendor", BillingLine::vendor),
            Map.entry("product", BillingLine::product),
            Map.entry("sku", BillingLine::sku),
            Map.entry("model", BillingLine::model));

    private final String name;
    private final Function<BillingLine, String> getter;

    private LineField(String name, Function<BillingLine, String> getter) {
        this.name = name;
        this.getter = getter;
    }

    /** @throws IllegalArgumentException for an unknown field name */
    public static LineField of(String name) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a rule needs a field");
        String n = name.strip();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tag:") && n.length() > 4) {
            String key = n.substring(4).strip();
            return new LineField(n, l -> lookup(l.tags().raw(), key));
        }
        if (lower.startsWith("extra:") && n.length() > 6) {
            String key = n.substring(6).strip();
            return new LineField(n, l -> lookup(l.tags().extra(), key));
        }
        Function<BillingLine, String> g = NAMED.get(lower.replace("_", ""));
        if (g == null) {
            throw new IllegalArgumentException("unknown rule field \"" + n + "\"; use project, repository, workspace, "
                    + "apiKeyName, costCenter, user, vendor, product, sku, model, tag:<key> or extra:<column>");
        }
        return new LineField(n, g);
    }

    /** Exact key first, then ignoring case and surrounding spaces. */
    private static String lookup(Map<String, String> map, String key) {
        String v = map.get(key);
        if (v != null) return v;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (e.getKey().strip().equalsIgnoreCase(key)) return e.getValue();
        }
        return null;
    }

    public String name() {
        return name;
    }

    public String valueOf(BillingLine line) {
        return getter.apply(line);
    }
}
