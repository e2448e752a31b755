package app.envelope.domain.actuals;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Actual cost per outcome of one epic in one sprint (a point of its trend). */
public record OutcomePoint(String sprint, LocalDate sprintStart, String unit, long count, BigDecimal cost,
                           BigDecimal costPerOutcome) {
}
