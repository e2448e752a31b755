package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** Shares of input, output, cache-read and cache-write tokens in a tier's work; they add up to 1. */
public record TokenMix(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {
    public TokenMix {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(cacheRead, "cacheRead");
        Objects.requireNonNull(cacheWrite, "cacheWrite");
        for (BigDecimal s : new BigDecimal[] {input, output, cacheRead, cacheWrite}) {
            if (s.signum() < 0) {
                throw new IllegalArgumentException("a token share cannot be negative: " + s.toPlainString());
            }
        }
        BigDecimal sum = input.add(output).add(cacheRead).add(cacheWrite);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("token mix shares must add up to 100%, they add up to "
                    + sum.multiply(Money.HUNDRED).stripTrailingZeros().toPlainString() + "%");
        }
    }

    public static TokenMix of(String input, String output, String cacheRead, String cacheWrite) {
        return new TokenMix(new BigDecimal(input), new BigDecimal(output), new BigDecimal(cacheRead),
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

    /** Blended price per million tokens: the sum over token kinds of share times price. Exact. */
    public BigDecimal blend(TokenPrices prices) {
        BigDecimal total = BigDecimal.ZERO;
        for (TokenType t : TokenType.values()) {
            total = total.add(get(t).multiply(prices.get(t)));
        }
        return total;
    }
}
