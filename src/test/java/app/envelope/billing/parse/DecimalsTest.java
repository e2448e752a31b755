package app.envelope.billing.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The quick path for plain decimals gives exactly what {@code new BigDecimal(String)} gives, scale included. */
class DecimalsTest {

    @Test
    void plainDecimalsKeepTheirScaleAndSign() {
        for (String s : new String[] {"0", "-0", "+7", "007", "12", "-0.006", "0.500", "3.", ".5", "-.5",
            "999999999999999999", "-999999999999999999", "0.00000000000000001", "1234567.89"}) {
            BigDecimal quick = Decimals.simple(s);
            assertEquals(new BigDecimal(s), quick, s);
            assertEquals(new BigDecimal(s).scale(), quick.scale(), s);
            assertEquals(new BigDecimal(s), Decimals.parse(s, DecimalStyle.POINT), s);
        }
    }

    @Test
    void anythingElseIsLeftToTheGeneralParse() {
        for (String s : new String[] {"", "-", "+", ".", "1.2.3", "1e5", "1,000", "$5", "(5)", "1 000",
            "1234567890123456789", "0.0000000000000000001", "--1", "abc"}) {
            assertNull(Decimals.simple(s), s);
        }
        assertEquals(new BigDecimal("1234567890123456789.25"), Decimals.parse("1234567890123456789.25", DecimalStyle.POINT));
        assertEquals(new BigDecimal("0.003835980000000000000000000000"),
                Decimals.parse("0.003835980000000000000000000000", DecimalStyle.POINT));
        assertEquals(new BigDecimal("1E+5"), Decimals.parse("1e5", DecimalStyle.POINT));
        assertEquals(new BigDecimal("1000"), Decimals.parse("1,000", DecimalStyle.POINT));
        assertThrows(NumberFormatException.class, () -> Decimals.parse(".", DecimalStyle.POINT));
        assertThrows(NumberFormatException.class, () -> Decimals.parse("1.2.3", DecimalStyle.POINT));
    }

    @Test
    void randomPlainDecimalsMatchBigDecimal() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int sign = random.nextInt(4);
            if (sign == 0) b.append('-');
            if (sign == 1) b.append('+');
            int digits = 1 + random.nextInt(20);
            int point = random.nextInt(digits + 2) - 1;
            for (int i = 0; i < digits; i++) {
                if (i == point) b.append('.');
                b.append((char) ('0' + random.nextInt(10)));
            }
            if (point == digits) b.append('.');
            String s = b.toString();
            BigDecimal expected = new BigDecimal(s);
            BigDecimal parsed = Decimals.parse(s, DecimalStyle.POINT);
            assertEquals(expected, parsed, s);
            assertEquals(expected.scale(), parsed.scale(), s);
        }
    }
}
