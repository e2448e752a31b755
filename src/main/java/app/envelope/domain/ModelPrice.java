package app.envelope.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a model's prices, in force from {@code validFrom}. Book is the vendor's public
 * list price as of {@code asOf} (with its {@code source}); effective is what this company pays.
 */
public record ModelPrice(String modelId, LocalDate validFrom, TokenPrices book, TokenPrices effective,
                         LocalDate asOf, String source) implements Versioned {
    public ModelPrice {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(effective, "effective");
        asOf = asOf == null ? validFrom : asOf;
        source = source == null ? "" : source;
    }

    public TokenPrices prices(PriceBasis basis) {
        return basis == PriceBasis.BOOK ? book : effective;
    }

    @Override
    public String versionKey() {
        return modelId;
    }
}
