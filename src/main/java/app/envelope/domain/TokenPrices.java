package app.envelope.domain;

import java.math.BigDecimal;

/** Prices per million tokens for the four token kinds, at full precision. */
public record TokenPrices(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite)
        implements PerTokenType {
    public TokenPrices {
        PerTokenType.requireNonNegative("a price", input, output, cacheRead, cacheWrite);
    }

    public static TokenPrices of(String input, String output, String cacheRead, String cacheWrite) {
        return new TokenPrices(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cacheRead),
                new BigDecimal(cacheWrite));
    }
}
