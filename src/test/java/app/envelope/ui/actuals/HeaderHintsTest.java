package app.envelope.ui.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.envelope.billing.mapping.CanonicalField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping dialog's first guess at an unknown header, worked by hand. */
class HeaderHintsTest {
    @Test
    void eachFieldTakesTheFirstColumnItsHintsNameInHintOrder() {
        // "Booked" is a date hint. The effective cost's hints are tried in order: "effective cost" names no column,
        // then "cost" finds "Cost (EUR)" (a name starting with the hint and a space), before "net amount" is tried,
        // so "Net Amount" stays unmapped. "Ccy", "Provider" and "Repo" are the currency, vendor and repository;
        // "Notes" says nothing.
        Map<CanonicalField, String> guess = HeaderHints.guess(List.of("Booked", "Provider", "Net Amount", "Cost (EUR)",
                "Ccy", "Repo", "Notes"));
        assertEquals(Map.of(CanonicalField.DATE, "Booked", CanonicalField.VENDOR, "Provider",
                CanonicalField.EFFECTIVE_COST, "Cost (EUR)", CanonicalField.CURRENCY, "Ccy",
                CanonicalField.REPOSITORY, "Repo"), guess);
    }

    @Test
    void aColumnStartingWithAHintAndABracketCountsWhenNoneIsNamedExactly() {
        assertEquals(Map.of(CanonicalField.EFFECTIVE_COST, "cost (USD)", CanonicalField.TOKENS, "tokens_used"),
                HeaderHints.guess(List.of("cost (USD)", "tokens_used")));
    }
}
