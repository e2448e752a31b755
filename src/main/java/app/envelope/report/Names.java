package app.envelope.report;

import app.envelope.domain.Tier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/** Workbook-level named ranges, and the lookup key the Epics sheet uses for a date and tier. */
final class Names {
    /** Day 0 of the spreadsheet's 1900 date system, as Excel counts (it has a 29 Feb 1900). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private Names() {
    }

    static void define(Workbook wb, String name, String refersTo) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(refersTo);
    }

    /** The spreadsheet's serial number of a date (what {@code A1&"|"} turns a date cell into). */
    static long serial(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    /** {@code 46327|mid}: a pricing date's serial and a tier, as the Pricing_Key column computes it. */
    static String pricingKey(LocalDate date, Tier tier) {
        return serial(date) + "|" + tier.label();
    }
}
