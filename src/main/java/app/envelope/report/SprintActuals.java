package app.envelope.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A sprint's actual vendor spend (effective cost, portfolio currency): the total of every billing
 * line charged within the sprint, the part no rule attributed to an epic, and the comparison per
 * epic (one row per epic that was planned or billed).
 */
public record SprintActuals(int sprintNumber, BigDecimal total, BigDecimal unattributed, List<EpicVariance> epics) {
    public SprintActuals {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(unattributed, "unattributed");
        epics = List.copyOf(epics);
    }

    public static SprintActuals empty(int sprintNumber) {
        return new SprintActuals(sprintNumber, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }
}
