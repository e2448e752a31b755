package app.envelope.ui;

import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.LineCost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** How figures read on screen: money in whole units with separators, exact values in tooltips. */
public final class Format {
    private Format() {
    }

    private static DecimalFormat pattern(String p) {
        DecimalFormat f = new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.US));
        f.setParseBigDecimal(true);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f;
    }

    public static String symbol(String currency) {
        if ("USD".equals(currency)) {
            return "$";
        }
        try {
            return Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException e) {
            return currency + " ";
        }
    }

    /** {@code $87,650} (negative as {@code -$1,200}). */
    public static String money(BigDecimal v, String currency) {
        if (v == null) {
            return "—";
        }
        String s = pattern("#,##0").format(v.abs());
        return (v.signum() < 0 ? "-" : "") + symbol(currency) + s;
    }

    /** {@code $87,650.25}, for tooltips and totals that must match a file to the cent. */
    public static String exact(BigDecimal v, String currency) {
        if (v == null) {
            return "—";
        }
        String s = pattern("#,##0.00##########").format(v.abs());
        return (v.signum() < 0 ? "-" : "") + symbol(currency) + s;
    }

    /** An hourly labour rate at full precision, e.g. {@code $95.00/h}. */
    public static String perHour(BigDecimal rate, String currency) {
        return exact(rate, currency) + "/h";
    }

    /** Value density, e.g. {@code 2.05}; a dash when there is none (C = 0). */
    public static String ratio(BigDecimal v) {
        return v == null ? "—" : pattern("0.00").format(v);
    }

    /** Token counts in millions, e.g. {@code 1,200M}, or thousands below a million. */
    public static String tokens(BigDecimal tokens) {
        if (tokens == null) {
            return "—";
        }
        BigDecimal m = tokens.movePointLeft(6);
        if (m.abs().compareTo(BigDecimal.ONE) >= 0) {
            return pattern("#,##0.#").format(m) + "M";
        }
        return pattern("#,##0").format(tokens.movePointLeft(3)) + "k";
    }

    public static String hours(BigDecimal h) {
        return h == null ? "—" : pattern("#,##0.##").format(h) + " h";
    }

    public static String percent(BigDecimal share) {
        return pattern("0%").format(share);
    }

    /** A line's fit as a word with its icon ("✔ green"), never colour alone. */
    public static String fit(Fit f) {
        return switch (f) {
            case GREEN -> "✔ green";
            case AMBER -> "◐ amber";
            case RED -> "✖ red";
        };
    }

    /** A line's flags as words ("starved, over-powered"); empty when it has none. */
    public static String flagWords(LineCost c) {
        List<String> words = new ArrayList<>();
        for (Flag f : Flag.values()) {
            if (c.has(f)) {
                words.add(f.label());
            }
        }
        return String.join(", ", words);
    }

    /** A line's flags behind the flag icon ("⚑ starved"); empty when it has none. */
    public static String flags(LineCost c) {
        String words = flagWords(c);
        return words.isEmpty() ? "" : "⚑ " + words;
    }
}
