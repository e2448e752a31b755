package app.envelope.billing.attribution;

import app.envelope.domain.BillingLine;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * "When {@code field} {@code operator} {@code value}, the line belongs to {@code epicKey}".
 * Validated when created: an unknown field, an empty value or an invalid regular expression is an
 * {@link IllegalArgumentException} with a message for the user. Comparisons ignore case.
 */
public final class AttributionRule {
    private final LineField field;
    private final RuleOperator operator;
    private final String value;
    private final String epicKey;
    private final String lowerValue;
    private final Pattern pattern;

    public AttributionRule(String field, RuleOperator operator, String value, String epicKey) {
        this.field = LineField.of(field);
        this.operator = Objects.requireNonNull(operator, "operator");
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("rule on " + field + ": the value is empty");
        if (epicKey == null || epicKey.isBlank()) throw new IllegalArgumentException("rule on " + field + ": choose an epic");
        this.value = value;
        this.epicKey = epicKey.strip();
        this.lowerValue = value.toLowerCase(Locale.ROOT);
        this.pattern = switch (operator) {
            case REGEX -> compile(value);
            case GLOB -> Pattern.compile(globToRegex(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            default -> null;
        };
    }

    private Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("rule on " + field.name() + ": \"" + regex
                    + "\" is not a valid regular expression (" + e.getDescription() + " near position " + e.getIndex() + ")", e);
        }
    }

    static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') b.append(".*");
            else if (c == '?') b.append('.');
            else b.append(Pattern.quote(String.valueOf(c)));
        }
        return b.toString();
    }

    public boolean matches(BillingLine line) {
        String v = field.valueOf(line);
        if (v == null) return false;
        return switch (operator) {
            case EQUALS -> v.equalsIgnoreCase(value);
            case PREFIX -> v.regionMatches(true, 0, value, 0, value.length());
            case CONTAINS -> v.toLowerCase(Locale.ROOT).contains(lowerValue);
            case GLOB, REGEX -> pattern.matcher(v).matches();
        };
    }

    public String field() {
        return field.name();
    }

    public RuleOperator operator() {
        return operator;
    }

    public String value() {
        return value;
    }

    public String epicKey() {
        return epicKey;
    }

    @Override
    public String toString() {
        return field.name() + " " + operator.name().toLowerCase(Locale.ROOT) + " \"" + value + "\" -> " + epicKey;
    }
}
