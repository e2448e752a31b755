package app.envelope.domain;

import java.math.BigDecimal;

/** Shares of input, output, cache-read and cache-write tokens in a tier's work; they add up to 1. */
public record TokenMix(BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite)
        implements PerTokenType {
    public TokenMix {
        PerTokenType.requireNonNegative("a token share", input, output, cacheRead, cacheWrite);
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

    /** Blended price per million tokens: the sum over token kinds of share times price. Exact. */
    public BigDecimal blend(TokenPrices prices) {
        BigDecimal total = BigDecimal.ZERO;
        for (TokenType t : TokenType.values()) {
            total = total.add(get(t).multiply(prices.get(t)));
        }
        return total;
    }
}
