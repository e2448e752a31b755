package app.envelope.ui.actuals;

import app.envelope.domain.Money;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** How the Actuals screen writes its figures: money to the cent, counts with separators, shares, date spans. */
final class Figures {
    static final String NOT_IN_FILE = "—, not in this file";

    private Figures() {
    }

    /** {@code $1,234.56}; {@code 1,234.56 (mixed currencies)} when a file mixes them; a dash for null. */
    static String money(BigDecimal v, String currency) {
        if (v == null) {
            return "—";
        }
        if (currency == null || currency.equalsIgnoreCase("mixed")) {
            DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
            return f.format(Money.cents(v)) + (currency == null ? "" : " (mixed currencies)");
        }
        return Format.exact(Money.cents(v), currency);
    }

    /** A total of a column the file may not have: money, or "—, not in this file". */
    static String column(BigDecimal v, String currency) {
        return v == null ? NOT_IN_FILE : money(v, currency);
    }

    /** Every digit, for tooltips: the figure as the vendor's file sums it. */
    static String exact(BigDecimal v, String currency) {
        if (v == null) {
            return "This file has no such column";
        }
        return "Exact: " + v.stripTrailingZeros().toPlainString() + " " + (currency == null ? "" : currency);
    }

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    static String lines(long n) {
        return count(n) + (n == 1 ? " line" : " lines");
    }

    static String rows(long n) {
        return count(n) + (n == 1 ? " row" : " rows");
    }

    /** {@code 12.8%} of the whole; empty when the whole is zero. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return "";
        }
        BigDecimal pct = part.multiply(Money.HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
        return pct.toPlainString() + "%";
    }

    static String span(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        return first.equals(last) ? first.toString() : first + " – " + last;
    }
}
