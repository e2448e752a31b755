package app.envelope.domain;

/** A plan line with its cost at effective prices and its fit at book prices. */
public record CostLine(PlanLine line, LineCost cost, Fit bookFit) {
    /** Whether this line's fit turns worse when every price is taken at book instead of effective. */
    public boolean subsidised() {
        return bookFit.isWorseThan(cost.fit());
    }
}
