package app.envelope.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One figure per token kind (input, output, cache read, cache write): a model's prices or a tier's shares. */
public interface PerTokenType {
    BigDecimal input();

    BigDecimal output();

    BigDecimal cacheRead();

    BigDecimal cacheWrite();

    default BigDecimal get(TokenType type) {
        return switch (type) {
            case INPUT -> input();
            case OUTPUT -> output();
            case CACHE_READ -> cacheRead();
            case CACHE_WRITE -> cacheWrite();
        };
    }

    /** Refuses a missing figure, and a negative one with "{@code what} cannot be negative: -1". */
    static void requireNonNegative(String what, BigDecimal input, BigDecimal output, BigDecimal cacheRead,
                                   BigDecimal cacheWrite) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(cacheRead, "cacheRead");
        Objects.requireNonNull(cacheWrite, "cacheWrite");
        for (BigDecimal v : new BigDecimal[] {input, output, cacheRead, cacheWrite}) {
            if (v.signum() < 0) {
                throw new IllegalArgumentException(what + " cannot be negative: " + v.toPlainString());
            }
        }
    }
}
