package app.envelope.billing;

import app.envelope.domain.BillingLine;
import java.math.BigDecimal;

/** Running totals of imported lines at full precision, and the common currency. */
final class LineTotals {
    private final boolean hasList;
    private final boolean hasBilled;
    private BigDecimal list = BigDecimal.ZERO;
    private BigDecimal effective = BigDecimal.ZERO;
    private BigDecimal billed = BigDecimal.ZERO;
    private String currency;

    LineTotals(boolean hasList, boolean hasBilled) {
        this.hasList = hasList;
        this.hasBilled = hasBilled;
    }

    void add(BillingLine line) {
        if (line.listCost() != null) list = list.add(line.listCost());
        effective = effective.add(line.effectiveCost());
        if (line.billedCost() != null) billed = billed.add(line.billedCost());
        if (currency == null) currency = line.currency();
        else if (!currency.equals(line.currency())) currency = ReadResult.MIXED;
    }

    BigDecimal list() {
        return hasList ? list : null;
    }

    BigDecimal effective() {
        return effective;
    }

    BigDecimal billed() {
        return hasBilled ? billed : null;
    }

    String currency() {
        return currency;
    }
}
