package app.envelope.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rate a currency was (or would be) converted at into the portfolio currency.
 *
 * @param validFrom the rate card entry's date; null when the stored rate is no longer on the rate card
 */
public record FxUsed(String currency, String into, BigDecimal rate, LocalDate validFrom, LocalDate first,
                     LocalDate last, long lines) {
    /** {@code EUR→USD 1.0850 from 2026-10-01}. */
    public String text() {
        BigDecimal r = rate.stripTrailingZeros();
        if (r.scale() < 4) {
            r = r.setScale(4);
        }
        return currency + "→" + into + " " + r.toPlainString()
                + (validFrom == null ? " (no longer on the rate card)" : " from " + validFrom);
    }
}
