package app.envelope.ui.actuals;

import app.envelope.billing.mapping.CanonicalField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical fields as the column-mapping dialog names them, and the columns of an unknown
 * header whose names say which field they hold (a first guess the user checks and corrects).
 */
final class HeaderHints {
    private static final Map<CanonicalField, List<String>> HINTS = new EnumMap<>(CanonicalField.class);

    static {
        HINTS.put(CanonicalField.DATE, List.of("date", "day", "booked", "usage date", "charge date", "timestamp", "time"));
        HINTS.put(CanonicalField.VENDOR, List.of("vendor", "provider", "supplier"));
        HINTS.put(CanonicalField.PRODUCT, List.of("product", "service"));
        HINTS.put(CanonicalField.SKU, List.of("sku", "line item", "meter"));
        HINTS.put(CanonicalField.MODEL, List.of("model"));
        HINTS.put(CanonicalField.UNIT, List.of("unit"));
        HINTS.put(CanonicalField.TOKEN_TYPE, List.of("token type"));
        HINTS.put(CanonicalField.QUANTITY, List.of("quantity", "qty"));
        HINTS.put(CanonicalField.TOKENS, List.of("tokens"));
        HINTS.put(CanonicalField.LIST_COST, List.of("list cost", "list price", "gross"));
        HINTS.put(CanonicalField.EFFECTIVE_COST, List.of("effective cost", "cost", "amount", "net amount", "spend", "net"));
        HINTS.put(CanonicalField.BILLED_COST, List.of("billed cost", "billed", "invoiced"));
        HINTS.put(CanonicalField.CURRENCY, List.of("currency", "ccy", "cur"));
        HINTS.put(CanonicalField.PROJECT, List.of("project"));
        HINTS.put(CanonicalField.REPOSITORY, List.of("repository", "repo"));
        HINTS.put(CanonicalField.WORKSPACE, List.of("workspace"));
        HINTS.put(CanonicalField.API_KEY_NAME, List.of("api key", "key name", "key"));
        HINTS.put(CanonicalField.COST_CENTER, List.of("cost center", "cost centre"));
        HINTS.put(CanonicalField.TAGS_JSON, List.of("tags"));
    }

    private HeaderHints() {
    }

    static String label(CanonicalField f) {
        return switch (f) {
            case DATE -> "Charge date";
            case VENDOR -> "Vendor";
            case PRODUCT -> "Product or service";
            case SKU -> "SKU / line item";
            case MODEL -> "Model";
            case UNIT -> "Unit";
            case TOKEN_TYPE -> "Token type";
            case QUANTITY -> "Quantity";
            case TOKENS -> "Tokens";
            case LIST_COST -> "List cost";
            case EFFECTIVE_COST -> "Effective cost";
            case BILLED_COST -> "Billed cost";
            case CURRENCY -> "Currency";
            case PROJECT -> "Project";
            case REPOSITORY -> "Repository";
            case WORKSPACE -> "Workspace";
            case API_KEY_NAME -> "API key name";
            case COST_CENTER -> "Cost center";
            case USER -> "User";
            case TAGS_JSON -> "Tags (JSON)";
        };
    }

    /**
     * Per field, in field order, the first column not taken yet whose name is one of the field's
     * hints (or starts with one, then a space or a bracket); fields no column suggests are left out.
     */
    static Map<CanonicalField, String> guess(List<String> header) {
        Map<CanonicalField, String> out = new EnumMap<>(CanonicalField.class);
        List<String> taken = new ArrayList<>();
        for (CanonicalField f : CanonicalField.values()) {
            for (String hint : HINTS.getOrDefault(f, List.of())) {
                Optional<String> col = header.stream().filter(h -> !taken.contains(h))
                        .filter(h -> norm(h).equals(hint)).findFirst()
                        .or(() -> header.stream().filter(h -> !taken.contains(h))
                                .filter(h -> norm(h).startsWith(hint + " ") || norm(h).startsWith(hint + "(")).findFirst());
                if (col.isPresent()) {
                    out.put(f, col.get());
                    taken.add(col.get());
                    break;
                }
            }
        }
        return out;
    }

    private static String norm(String h) {
        return h.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
