package app.envelope.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A tooling product on the rate card (seats, CI minutes, sandboxes, code review), with a unit
 * price from a date. {@code productPattern} says which billing products count as this tooling
 * (a glob matched against the billing line's product or SKU).
 */
public record ToolingItem(String name, LocalDate validFrom, String unit, BigDecimal unitPrice, String productPattern)
        implements Versioned {
    public ToolingItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("a tooling price cannot be negative");
        }
        productPattern = productPattern == null ? "" : productPattern;
    }

    @Override
    public String versionKey() {
        return name;
    }
}
