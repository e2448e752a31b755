package app.envelope.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Helpers for exact money. Money is always a {@link BigDecimal} kept at full precision; it is
 * rounded only when shown. Never a double.
 */
public final class Money {
    /** Precision for the few divisions the model needs (ratios, shares). */
    public static final MathContext RATIO = new MathContext(20, RoundingMode.HALF_EVEN);
    public static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /**
     * {@code v / 1,000,000}, exactly, with the same value and scale as {@code v.divide(MILLION)}: the
     * decimal point moved six places, trailing zeros dropped down to {@code v}'s own scale. BigDecimal's
     * exact division finds that scale by long division at full precision, which was most of a 2,000-line
     * board's recompute.
     */
    public static BigDecimal perMillion(BigDecimal v) {
        if (v.signum() == 0) {
            return v;
        }
        BigDecimal moved = v.movePointLeft(6);
        BigDecimal stripped = moved.stripTrailingZeros();
        return stripped.scale() <= v.scale() ? moved.setScale(v.scale()) : stripped;
    }

    public static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** Exact decimal string with at least two fraction digits and no exponent, e.g. {@code 12.50}. */
    public static String plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2);
        }
        return s.toPlainString();
    }

    /** Rounded to cents (half-even), for display. */
    public static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Parses a money or price input; accepts spaces and thousands separators; rejects non-numbers. */
    public static BigDecimal parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String t = text.trim().replace(",", "").replace("_", "").replace(" ", "");
        if (t.startsWith("$")) {
            t = t.substring(1);
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + text.trim() + "\" is not a number");
        }
    }
}
