package app.envelope.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionCoverageTest {
    private static final Sprint S45 = sprint(45, "2026-10-19", SprintStatus.CLOSED);
    private static final Sprint S46 = sprint(46, "2026-11-02", SprintStatus.CLOSED);
    private static final Sprint S47 = sprint(47, "2026-11-16", SprintStatus.OPEN);
    private static final List<Sprint> SPRINTS = List.of(S47, S45, S46);
    private static final List<LabourRate> RATES = List.of(rate("2026-10-01", "100"), rate("2026-11-16", "120"),
            new LabourRate("qa", LocalDate.parse("2026-11-03"), BigDecimal.TEN));

    private static Sprint sprint(int n, String start, SprintStatus status) {
        LocalDate s = LocalDate.parse(start);
        return new Sprint(n, "Sprint " + n, s, s.plusDays(11), status, BigDecimal.ZERO);
    }

    private static LabourRate rate(String from, String hourly) {
        return new LabourRate("engineer", LocalDate.parse(from), new BigDecimal(hourly));
    }

    private static VersionCoverage of(String from) {
        return VersionCoverage.of(RATES, "engineer", LocalDate.parse(from), SPRINTS);
    }

    @Test
    void aVersionPricesTheSprintsStartingFromItsDateUntilTheNextVersionOfTheSameKey() {
        VersionCoverage first = of("2026-10-01");
        assertEquals(LocalDate.parse("2026-11-16"), first.until());
        assertEquals(List.of(S45, S46), first.sprints());
        assertEquals("Sprint 45 – Sprint 46", first.describe());
        assertEquals(List.of(S45, S46), first.closedSprints());

        VersionCoverage last = of("2026-11-16");
        assertTrue(last.openEnded());
        assertEquals("Sprint 47 onward", last.describe());
        assertTrue(last.closedSprints().isEmpty());
    }

    @Test
    void aVersionOnASprintsStartPricesItAndOneAfterItDoesNot() {
        assertEquals("Sprint 46", of("2026-11-02").describe());
        assertEquals("no sprint (replaced from 2026-11-16)", of("2026-11-03").describe());
        assertEquals("no sprint yet", of("2026-11-17").describe());
        // Another key's versions do not bound this one: qa's only version is open-ended.
        assertEquals("Sprint 47 onward", VersionCoverage.of(RATES, "qa", LocalDate.parse("2026-11-03"), SPRINTS).describe());
    }
}
