package app.envelope.domain.actuals;

import app.envelope.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Subsidy exposure of a sprint's actuals: the actuals re-priced at book (list) price instead of the
 * prices paid. A line is affected when it stayed within Z at the prices paid but would have gone
 * over Z at book price. Above {@link #WARNING_SHARE} of the lines is a warning.
 *
 * @param linesAffected how many lines would have gone over Z at book price
 * @param lines         how many plan lines the sprint has
 * @param share         linesAffected / lines, four decimals (half-even)
 * @param actual        the lines' actual total at the prices paid
 * @param atBook        the same actuals at book price
 * @param overZAtBook   by how much the affected lines would have exceeded their Z, summed
 * @param affected      the affected lines' epic keys
 */
public record ActualSubsidy(int linesAffected, int lines, BigDecimal share, BigDecimal actual, BigDecimal atBook,
                            BigDecimal overZAtBook, List<String> affected) {
    public static final BigDecimal WARNING_SHARE = new BigDecimal("0.20");

    public ActualSubsidy {
        affected = List.copyOf(affected);
    }

    public static ActualSubsidy of(List<String> affected, int lines, BigDecimal actual, BigDecimal atBook,
                                   BigDecimal overZAtBook) {
        BigDecimal share = lines == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(affected.size()).divide(BigDecimal.valueOf(lines), 4, RoundingMode.HALF_EVEN);
        return new ActualSubsidy(affected.size(), lines, share, actual, atBook, overZAtBook, affected);
    }

    /** The discount the actuals received: book - paid. */
    public BigDecimal subsidy() {
        return atBook.subtract(actual);
    }

    public boolean warning() {
        return share.compareTo(WARNING_SHARE) > 0;
    }

    public String percent() {
        return share.multiply(Money.HUNDRED).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }
}
