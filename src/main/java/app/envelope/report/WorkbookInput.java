package app.envelope.report;

import app.envelope.domain.Epic;
import app.envelope.domain.RateCard;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the finance workbook shows, as plain domain records: the sprints with their plan
 * evaluated at the rate card of their pricing date, the full rate card (for the versions used and
 * their end dates), the epics' titles and teams, and the actuals. Built by the service layer.
 *
 * @param portfolio  what the portfolio is called in the workbook's title (the database's name)
 * @param currency   the portfolio currency: every amount in the workbook is in it
 * @param exportedAt when the export was made (local time, shown on the Summary)
 */
public record WorkbookInput(String portfolio, String currency, LocalDateTime exportedAt, RateCard rateCard,
                            Map<String, Epic> epics, List<SprintPlan> sprints, ActualsInput actuals) {
    public WorkbookInput {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(rateCard, "rateCard");
        epics = Map.copyOf(epics);
        sprints = List.copyOf(sprints);
        actuals = actuals == null ? ActualsInput.none(sprints) : actuals;
    }

    /** Plan lines over every sprint. */
    public int lineCount() {
        return sprints.stream().mapToInt(s -> s.evaluation().lines().size()).sum();
    }
}
