package app.envelope.domain.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AlertLevelTest {
    private static AlertLevel of(String actual, String plan) {
        return AlertLevel.of(new BigDecimal(actual), new BigDecimal(plan));
    }

    @Test
    void thresholdsAreInclusiveAndExact() {
        assertEquals(AlertLevel.NONE, of("74.99", "100"));
        assertEquals(AlertLevel.AT_75, of("75", "100"));
        assertEquals(AlertLevel.AT_75, of("89.999999", "100"));
        assertEquals(AlertLevel.AT_90, of("90", "100"));
        assertEquals(AlertLevel.AT_100, of("100", "100"));
        assertEquals(AlertLevel.AT_100, of("250", "100"));
        // a third of 3 is exactly 75% of 1.333...: compared without dividing
        assertEquals(AlertLevel.AT_75, of("0.75", "1"));
    }

    @Test
    void spendingAgainstNothingIsOverPlan() {
        assertEquals(AlertLevel.AT_100, of("0.01", "0"));
        assertEquals(AlertLevel.NONE, of("0", "0"));
    }

    @Test
    void anAlertCarriesItsShare() {
        BudgetAlert a = BudgetAlert.of(BudgetAlert.Scope.LINE, "PAY-142", new BigDecimal("36190"), new BigDecimal("34535.88"));
        assertEquals(AlertLevel.AT_100, a.level());
        assertEquals(new BigDecimal("104.8"), a.share());
        assertEquals(null, BudgetAlert.of(BudgetAlert.Scope.LINE, "X-1", BigDecimal.ONE, BigDecimal.TEN));
    }
}
