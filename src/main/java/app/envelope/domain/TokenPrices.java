package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Prices per million tokens for the four token kinds, at full precision. */
public record TokenPrices(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
    public TokenPrices {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(cacheRead, "cacheRead");
        Objects.requireNonNull(cacheWrite, "cacheWrite");
        for (BigDecimal p : new BigDecimal[] {input, output, cacheRead, cacheWrite}) {
            if (p.signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative: " + p.toPlainString());
            }
        }
    }

    public static TokenPrices of(String input, String output, String cacheRead, String cacheWrite) {
        return new TokenPrices(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cacheRead),
                new BigDecimal(cacheWrite));
    }

    public BigDecimal get(TokenType type) {
        return switch (type) {
            case INPUT -> input;
            case OUTPUT -> output;
            case CACHE_READ -> cacheRead;
            case CACHE_WRITE -> cacheWrite;
        };
    }
}
