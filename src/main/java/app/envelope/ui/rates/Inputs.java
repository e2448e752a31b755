package app.envelope.ui.rates;

import app.envelope.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses the rate card's form inputs into exact values, refusing each bad one with a reason. */
final class Inputs {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private Inputs() {
    }

    static String required(FormField f) throws Invalid {
        if (f.text().isEmpty()) {
            throw new Invalid(f, f.label() + " is needed");
        }
        return f.text();
    }

    static LocalDate date(FormField f) throws Invalid {
        String t = required(f);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new Invalid(f, "\"" + t + "\" is not a date; write it as 2026-11-16");
        }
    }

    /** A date, or {@code fallback} when the field is empty. */
    static LocalDate optionalDate(FormField f, LocalDate fallback) throws Invalid {
        return f.text().isEmpty() ? fallback : date(f);
    }

    /** A price, rate or amount: a decimal number, never negative. Accepts "$3.75" and "1,200". */
    static BigDecimal amount(FormField f) throws Invalid {
        String t = required(f);
        BigDecimal v;
        try {
            v = Money.parse(t, f.label());
        } catch (IllegalArgumentException e) {
            throw new Invalid(f, "\"" + t + "\" is not a number");
        }
        if (v.signum() < 0) {
            throw new Invalid(f, "cannot be negative");
        }
        return v;
    }

    /** A positive amount (FX rates). */
    static BigDecimal positive(FormField f) throws Invalid {
        BigDecimal v = amount(f);
        if (v.signum() == 0) {
            throw new Invalid(f, "must be above zero");
        }
        return v;
    }

    /** A share typed in percent ("35", "35%" or "12.5") as a fraction (0.35). */
    static BigDecimal percent(FormField f) throws Invalid {
        String t = required(f).replace("%", "").trim();
        BigDecimal v;
        try {
            v = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Invalid(f, "\"" + f.text() + "\" is not a percentage");
        }
        if (v.signum() < 0) {
            throw new Invalid(f, "cannot be negative");
        }
        if (v.compareTo(Money.HUNDRED) > 0) {
            throw new Invalid(f, "cannot be above 100%");
        }
        return v.movePointLeft(2);
    }

    /** A token count: "400000000", "400,000,000", "400M", "1.1B" or "30k"; whole tokens only. */
    static long tokens(FormField f) throws Invalid {
        String t = required(f).replace(",", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
        BigDecimal unit = BigDecimal.ONE;
        if (t.endsWith("k")) {
            unit = THOUSAND;
        } else if (t.endsWith("m")) {
            unit = Money.MILLION;
        } else if (t.endsWith("b")) {
            unit = BILLION;
        }
        if (unit != BigDecimal.ONE) {
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(t).multiply(unit);
        } catch (NumberFormatException e) {
            throw new Invalid(f, "\"" + f.text() + "\" is not a token count (e.g. 400M or 400000000)");
        }
        if (v.signum() < 0) {
            throw new Invalid(f, "cannot be negative");
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new Invalid(f, "tokens are whole numbers");
        }
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new Invalid(f, "too many tokens");
        }
    }

    /** Tokens as typed back: 400M, 1.1B, 30k or the plain count. */
    static String tokensText(long tokens) {
        BigDecimal v = BigDecimal.valueOf(tokens);
        if (tokens >= 1_000_000_000L && v.remainder(Money.MILLION).signum() == 0) {
            return v.divide(BILLION).stripTrailingZeros().toPlainString() + "B";
        }
        if (tokens >= 1_000_000L && v.remainder(THOUSAND).signum() == 0) {
            return v.divide(Money.MILLION).stripTrailingZeros().toPlainString() + "M";
        }
        if (tokens >= 1_000L && v.remainder(BigDecimal.TEN).signum() == 0) {
            return v.divide(THOUSAND).stripTrailingZeros().toPlainString() + "k";
        }
        return Long.toString(tokens);
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** A fraction as a percentage to type, e.g. 0.35 -> "35", 0.125 -> "12.5". */
    static String percentText(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    static String percentShown(BigDecimal share) {
        return share.movePointRight(2).setScale(Math.max(0, share.movePointRight(2).stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY).toPlainString() + "%";
    }
}
