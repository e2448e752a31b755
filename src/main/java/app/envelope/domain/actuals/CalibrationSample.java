package app.envelope.domain.actuals;

import app.envelope.domain.Effort;
import app.envelope.domain.Size;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The actual tokens of one plan line of a closed sprint, with the line's size, effort and the
 * effort multiplier in force at that sprint's start (to bring the tokens to medium effort).
 */
public record CalibrationSample(String sprint, String epicKey, Size size, Effort effort, BigDecimal tokens,
                                BigDecimal effortMultiplier) {
    public CalibrationSample {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(effortMultiplier, "effortMultiplier");
    }

    /** Tokens at medium effort: tokens / effort multiplier, rounded half-up to whole tokens. */
    public BigDecimal atMedium() {
        if (effortMultiplier.signum() == 0) {
            return tokens;
        }
        return tokens.divide(effortMultiplier, 0, java.math.RoundingMode.HALF_UP);
    }
}
