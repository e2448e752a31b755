package app.envelope.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Effort;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.actuals.Calibration;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationServiceTest {
    @TempDir
    Path dir;

    @Test
    void calibrationFromTheDemosClosedSprintsAndAcceptingIt() {
        try (Store store = TestStores.open(dir, "demo")) {
            new DemoLoader(store).load();
            CompareService service = new CompareService(store);
            assertEquals(LocalDate.of(2026, 11, 16), service.defaultCalibrationDate(), "Sprint 47 starts then");
            Calibration cal = service.calibration();
            assertEquals(3, cal.sprints());
            assertEquals(1, cal.linesWithoutTokenCounts(), "PAY-151 in Sprint 46: Anthropic Console has no token counts");
            assertTrue(cal.cell(Size.M, Effort.MEDIUM).enough());
            assertFalse(cal.size(Size.XS).enough(), "two XS lines only");
            assertEquals(0, cal.size(Size.XL).samples());

            PlanQueries q = new PlanQueries(store);
            Sprint s46 = store.portfolio().sprint("Sprint 46").orElseThrow();
            Sprint s47 = store.portfolio().sprint("Sprint 47").orElseThrow();
            var cost46 = q.evaluate(s46).totals().cost();
            var cost47 = q.evaluate(s47).totals().cost();
            assertEquals(List.of(s47), service.sprintsRepricedFrom(LocalDate.of(2026, 11, 16)));

            List<SizeEnvelope> written = service.acceptCalibration(LocalDate.of(2026, 11, 16));
            assertEquals(List.of(Size.S, Size.M, Size.L), written.stream().map(SizeEnvelope::size).toList());
            Calibration.SizeRow m = cal.size(Size.M);
            SizeEnvelope newM = store.rateCard().load().asOf(LocalDate.of(2026, 11, 16)).envelope(Size.M);
            assertEquals(m.observedP50().longValueExact(), newM.p50());
            assertEquals(m.observedP90().longValueExact(), newM.p90());
            assertEquals(LocalDate.of(2026, 11, 16), newM.validFrom());
            assertEquals(400_000_000L, store.rateCard().load().asOf(LocalDate.of(2026, 11, 2)).envelope(Size.M).p50(),
                    "the earlier version is kept for Sprint 46");
            assertEquals(0, cost46.compareTo(q.evaluate(s46).totals().cost()), "Sprint 46 keeps its prices");
            assertFalse(cost47.compareTo(q.evaluate(s47).totals().cost()) == 0, "Sprint 47 is re-priced");
        }
    }

    @Test
    void withoutClosedSprintsNothingCanBeAccepted() {
        try (Store store = TestStores.open(dir, "empty")) {
            CompareService service = new CompareService(store);
            assertThrows(IllegalStateException.class, () -> service.acceptCalibration(LocalDate.of(2026, 1, 1)));
        }
    }
}
