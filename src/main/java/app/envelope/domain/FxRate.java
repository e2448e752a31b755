package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Units of the portfolio currency per one unit of {@code currency}, from a date. */
public record FxRate(String currency, LocalDate validFrom, BigDecimal rate) implements Versioned {
    public FxRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("an FX rate must be positive");
        }
        currency = currency.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String versionKey() {
        return currency;
    }
}
