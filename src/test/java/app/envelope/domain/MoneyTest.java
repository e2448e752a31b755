package app.envelope.domain;

import static app.envelope.domain.TestRates.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void plainShowsAtLeastTwoDecimalsAndKeepsFullPrecision() {
        assertEquals("12.50", Money.plain(bd("12.5")));
        assertEquals("12.50", Money.plain(bd("12.500000")));
        assertEquals("12.00", Money.plain(bd("12")));
        assertEquals("0.000001234", Money.plain(bd("0.000001234")));
        assertEquals("1000.00", Money.plain(bd("1E+3")), "no exponent");
        assertEquals("-3.81", Money.plain(bd("-3.810")));
        assertNull(Money.plain(null));
    }

    @Test
    void parseAcceptsSeparatorsAndRejectsNonNumbers() {
        assertEquals(0, bd("1234.50").compareTo(Money.parse(" $1,234.50 ", "price")));
        assertEquals(0, bd("0.000001234").compareTo(Money.parse("0.000001234", "price")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.parse("abc", "price"));
        assertEquals("price \"abc\" is not a number", e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Money.parse(" ", "value Y"));
        assertEquals("value Y is empty", empty.getMessage());
    }

    @Test
    void perMillionIsExactlyDivideByAMillionValueAndScale() {
        assertEquals(bd("0.0264"), Money.perMillion(bd("26400")));
        assertEquals(bd("2"), Money.perMillion(bd("2000000")));
        assertEquals(bd("2.50"), Money.perMillion(bd("2500000.00")));
        assertEquals(bd("-0.000000123456789"), Money.perMillion(bd("-0.123456789")));
        java.util.Random rnd = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            java.math.BigDecimal v = java.math.BigDecimal.valueOf(rnd.nextLong() >> rnd.nextInt(60), rnd.nextInt(40) - 8);
            if (i % 7 == 0) {
                v = v.setScale(Math.max(0, v.scale()) + rnd.nextInt(5));
            }
            assertEquals(v.divide(Money.MILLION), Money.perMillion(v), v.toString());
        }
    }
}
