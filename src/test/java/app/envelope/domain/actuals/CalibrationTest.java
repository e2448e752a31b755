package app.envelope.domain.actuals;

import static app.envelope.domain.actuals.CompareFixtures.bd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Effort;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Envelope M is 2M / 4M at medium; low 0.5, high 2.
 * M medium samples 300, 100, 500, 200, 400 (thousand tokens): P50 = 3rd of 5 = 300k, P90 = 5th = 500k.
 * M low 150k (= 300k at medium) and M high 1,000k (= 500k at medium): size M at medium has 7 samples
 * 100, 200, 300, 300, 400, 500, 500: P50 = 4th = 300k, P90 = 7th = 500k.
 * Size S has 2 samples: fewer than 3, nothing proposed.
 */
class CalibrationTest {
    private static CalibrationSample sample(Size size, Effort effort, long thousands, String multiplier) {
        return new CalibrationSample("S", "EP-" + thousands, size, effort, BigDecimal.valueOf(thousands * 1000), bd(multiplier));
    }

    private static Calibration calibration() {
        List<CalibrationSample> s = new ArrayList<>();
        for (long t : new long[] {300, 100, 500, 200, 400}) {
            s.add(sample(Size.M, Effort.MEDIUM, t, "1"));
        }
        s.add(sample(Size.M, Effort.LOW, 150, "0.5"));
        s.add(sample(Size.M, Effort.HIGH, 1000, "2"));
        s.add(sample(Size.S, Effort.MEDIUM, 700, "1"));
        s.add(sample(Size.S, Effort.MEDIUM, 900, "1"));
        return Calibration.of(s, CompareFixtures.card().asOf(CompareFixtures.FROM), 3, 2);
    }

    @Test
    void observedPercentilesBesideTheEnvelopePerSizeAndEffort() {
        Calibration.Cell m = calibration().cell(Size.M, Effort.MEDIUM);
        assertEquals(5, m.samples());
        assertEquals(0, bd("300000").compareTo(m.observedP50()));
        assertEquals(0, bd("500000").compareTo(m.observedP90()));
        assertEquals(0, bd("2000000").compareTo(m.envelopeP50()));
        assertEquals(bd("0.15"), m.ratioP50());
        Calibration.Cell low = calibration().cell(Size.M, Effort.LOW);
        assertEquals(1, low.samples());
        assertFalse(low.enough());
        assertEquals(0, bd("1000000").compareTo(low.envelopeP50()), "2M x 0.5");
        Calibration.Cell none = calibration().cell(Size.XL, Effort.HIGH);
        assertEquals(0, none.samples());
        assertNull(none.observedP50());
    }

    @Test
    void sizesAtMediumEffortAndTheProposal() {
        Calibration c = calibration();
        Calibration.SizeRow m = c.size(Size.M);
        assertEquals(7, m.samples());
        assertEquals(0, bd("300000").compareTo(m.observedP50()));
        assertEquals(0, bd("500000").compareTo(m.observedP90()));
        assertTrue(m.enough());
        assertFalse(c.size(Size.S).enough());
        LocalDate from = LocalDate.of(2026, 2, 2);
        assertEquals(List.of(new SizeEnvelope(Size.M, from, 300_000, 500_000)), c.proposal(from));
        assertEquals(2, c.linesWithoutTokenCounts());
    }
}
