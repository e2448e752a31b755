package app.envelope.report;

import app.envelope.domain.AiModel;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.FxRate;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.TierPricing;
import app.envelope.domain.ToolingItem;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.Versioned;
import app.envelope.report.Styles.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The Assumptions sheet: the rate-card versions the exported sprints were priced with, each with
 * the dates it is in force (from, until), and, per pricing date and tier, the model, token mix,
 * prices and blended price per million tokens. Every column is a named range; the Epics sheet
 * looks its figures up here by the line's pricing date, so two sprints priced with different
 * versions both recompute when a figure here changes.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    /** "No end" for the last version of an entry: 9999-12-31, the spreadsheet's last date. */
    static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    private final Out out;
    private final Workbook wb;
    private final WorkbookInput in;
    private final Set<LocalDate> dates = new java.util.TreeSet<>();
    private int row;

    AssumptionsSheet(Out out, Workbook wb, WorkbookInput in) {
        this.out = out;
        this.wb = wb;
        this.in = in;
        in.sprints().forEach(s -> dates.add(s.pricing().asOf()));
    }

    void write() {
        out.widths(22, 16, 20, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 16, 16, 18);
        Row t = out.row(0);
        t.setHeightInPoints(24);
        out.styled(t, 0, "Assumptions: the rate card in force on each sprint's pricing date", out.styles().title);
        out.styled(out.row(1), 0, "Change a price, share, envelope, multiplier or rate below and the Epics and Summary "
                + "sheets recompute. A version is in force from \"Valid from\" to \"Valid until\"; to add a version, "
                + "also end the previous one. Every column is a named range (Formulas > Name Manager).", out.styles().subtitle);
        row = 3;
        sprints();
        tierPricing();
        prices();
        tierModels();
        mixes();
        envelopes();
        efforts();
        labour();
        fx();
        tooling();
        out.sheet().createFreezePane(0, 2);
    }

    private void section(String title, String[] headers) {
        row++;
        out.styled(out.row(row++), 0, title, out.styles().sectionTitle);
        out.header(row++, headers, null);
    }

    private void name(String name, int col, int first, int last) {
        Names.define(wb, name, Out.range(NAME, col, first, last));
    }

    /** Names the section's columns from the first on, {@code names[i]} for column i, over its rows (at least one). */
    private void nameColumns(int first, String... names) {
        int last = Math.max(first, row - 1);
        for (int col = 0; col < names.length; col++) {
            name(names[col], col, first, last);
        }
    }

    private void sprints() {
        section("Sprints and the date their plan is priced on", new String[] {"#", "Sprint", "Start", "End", "Priced on",
                "Currency"});
        for (SprintPlan s : in.sprints()) {
            Row r = out.row(row++);
            out.number(r, 0, s.number(), Kind.KEY, false);
            out.text(r, 1, s.sprint().name(), false);
            out.date(r, 2, s.sprint().start(), Kind.DATE, false);
            out.date(r, 3, s.sprint().end(), Kind.DATE, false);
            out.date(r, 4, s.pricing().asOf(), Kind.DATE, false);
            out.code(r, 5, in.currency(), false);
        }
    }

    /** Per pricing date and tier: the model, its mix and prices (looked up), and the blended prices. */
    private void tierPricing() {
        section("Token prices by pricing date and tier (per million tokens; looked up from the tables below)",
                new String[] {"Priced on", "Tier", "Model", "Input share", "Output share", "Cache-read share",
                        "Cache-write share", "Effective input", "Effective output", "Effective cache read",
                        "Effective cache write", "Book input", "Book output", "Book cache read", "Book cache write",
                        "Blended effective", "Blended book", "Lookup key (date|tier)"});
        int first = row;
        Map<LocalDate, Pricing> byDate = new TreeMap<>();
        in.sprints().forEach(s -> byDate.putIfAbsent(s.pricing().asOf(), s.pricing()));
        String[] mixNames = {"Mix_Input", "Mix_Output", "Mix_CacheRead", "Mix_CacheWrite"};
        String[] effNames = {"Price_EffInput", "Price_EffOutput", "Price_EffCacheRead", "Price_EffCacheWrite"};
        String[] bookNames = {"Price_BookInput", "Price_BookOutput", "Price_BookCacheRead", "Price_BookCacheWrite"};
        for (Pricing p : byDate.values()) {
            for (Tier tier : Tier.values()) {
                TierPricing tp = p.tiers().get(tier);
                if (tp == null) {
                    continue;
                }
                int i = row++;
                Row r = out.row(i);
                String when = ",$B{r},Mix_From,\"<=\"&$A{r},Mix_Until,\">=\"&$A{r})";
                String priceWhen = ",$C{r},Price_From,\"<=\"&$A{r},Price_Until,\">=\"&$A{r})";
                out.date(r, 0, p.asOf(), Kind.DATE, false);
                out.code(r, 1, tier.label(), false);
                out.formulaText(r, 2, Formula.of("INDEX(TierModel_Model,SUMIFS(TierModel_No,TierModel_Tier,$B{r},"
                        + "TierModel_From,\"<=\"&$A{r},TierModel_Until,\">=\"&$A{r}))").at(i), tp.model().id(), Kind.TEXT, false);
                BigDecimal[] shares = {tp.mix().input(), tp.mix().output(), tp.mix().cacheRead(), tp.mix().cacheWrite()};
                for (int k = 0; k < 4; k++) {
                    out.formula(r, 3 + k, Formula.of("SUMIFS(" + mixNames[k] + ",Mix_Tier" + when).at(i), shares[k],
                            Kind.SHARE, false);
                }
                prices(r, i, 7, effNames, tp.price().effective(), priceWhen);
                prices(r, i, 11, bookNames, tp.price().book(), priceWhen);
                out.formula(r, 15, Formula.of("SUMPRODUCT(D{r}:G{r},H{r}:K{r})").at(i), tp.blendedEffective(), Kind.PRICE, false);
                out.formula(r, 16, Formula.of("SUMPRODUCT(D{r}:G{r},L{r}:O{r})").at(i), tp.blendedBook(), Kind.PRICE, false);
                out.formulaText(r, 17, Formula.of("A{r}&\"|\"&B{r}").at(i), Names.pricingKey(p.asOf(), tier), Kind.CODE, false);
            }
        }
        int last = row - 1;
        name("Pricing_Date", 0, first, last);
        name("Pricing_Tier", 1, first, last);
        name("Pricing_Model", 2, first, last);
        name("Pricing_BlendedEffective", 15, first, last);
        name("Pricing_BlendedBook", 16, first, last);
        name("Pricing_Key", 17, first, last);
    }

    private void prices(Row r, int i, int col, String[] names, TokenPrices prices, String when) {
        BigDecimal[] v = {prices.input(), prices.output(), prices.cacheRead(), prices.cacheWrite()};
        for (int k = 0; k < 4; k++) {
            out.formula(r, col + k, Formula.of("SUMIFS(" + names[k] + ",Price_Model" + when).at(i), v[k], Kind.PRICE, false);
        }
    }

    /** The versions of {@code all} in force on any pricing date, oldest first, with their end dates. */
    private <V extends Versioned> List<Dated<V>> used(List<V> all, Function<Map<String, V>, java.util.Collection<V>> pick) {
        Set<V> used = new LinkedHashSet<>();
        for (LocalDate d : dates) {
            used.addAll(pick.apply(RateCard.inForce(all, d)));
        }
        List<Dated<V>> result = new ArrayList<>();
        for (V v : used) {
            result.add(new Dated<>(v, until(all, v)));
        }
        result.sort(Comparator.comparing((Dated<V> d) -> d.version().versionKey()).thenComparing(d -> d.version().validFrom()));
        return result;
    }

    private <V extends Versioned> List<Dated<V>> used(List<V> all) {
        return used(all, Map::values);
    }

    /** {@code used} ordered by its entry in the entry's own order (e.g. sizes XS to XL), then oldest first. */
    private static <V extends Versioned, K extends Comparable<? super K>> List<Dated<V>> byEntry(List<Dated<V>> used,
            Function<V, K> entry) {
        used.sort(Comparator.comparing((Dated<V> d) -> entry.apply(d.version())).thenComparing(d -> d.version().validFrom()));
        return used;
    }

    /** The day before the next version of the same entry starts, or {@link #NO_END}. */
    static <V extends Versioned> LocalDate until(List<V> all, V v) {
        LocalDate next = null;
        for (V o : all) {
            if (o.versionKey().equals(v.versionKey()) && o.validFrom().isAfter(v.validFrom())
                    && (next == null || o.validFrom().isBefore(next))) {
                next = o.validFrom();
            }
        }
        return next == null ? NO_END : next.minusDays(1);
    }

    record Dated<V>(V version, LocalDate until) {
    }

    private void dates(Row r, int col, Versioned v, LocalDate until) {
        dates(r, col, v, until, true);
    }

    private void dates(Row r, int col, Versioned v, LocalDate until, boolean input) {
        out.date(r, col, v.validFrom(), Kind.DATE, input);
        out.date(r, col + 1, until, Kind.UNTIL, input);
    }

    private void prices() {
        RateCard card = in.rateCard();
        Set<String> models = new LinkedHashSet<>();
        for (LocalDate d : dates) {
            RateCard.inForce(card.tierModels(), d).values().forEach(tm -> models.add(tm.modelId()));
        }
        List<Dated<ModelPrice>> used = used(card.prices(), m -> m.values().stream()
                .filter(p -> models.contains(p.modelId())).toList());
        section("Model prices per million tokens (the versions these sprints use)", new String[] {"Model", "Vendor",
                "Name", "Valid from", "Valid until", "Book input", "Book output", "Book cache read", "Book cache write",
                "Effective input", "Effective output", "Effective cache read", "Effective cache write", "List price as of",
                "Source"});
        int first = row;
        for (Dated<ModelPrice> d : used) {
            ModelPrice p = d.version();
            AiModel m = card.model(p.modelId()).orElse(new AiModel(p.modelId(), "", p.modelId()));
            Row r = out.row(row++);
            out.text(r, 0, p.modelId(), false);
            out.text(r, 1, m.vendor(), false);
            out.text(r, 2, m.displayName(), false);
            dates(r, 3, p, d.until());
            writePrices(r, 5, p.book());
            writePrices(r, 9, p.effective());
            out.date(r, 13, p.asOf(), Kind.DATE, false);
            out.text(r, 14, p.source(), false);
        }
        int last = Math.max(first, row - 1);
        name("Price_Model", 0, first, last);
        name("Price_From", 3, first, last);
        name("Price_Until", 4, first, last);
        String[] kinds = {"Input", "Output", "CacheRead", "CacheWrite"};
        for (int k = 0; k < 4; k++) {
            name("Price_Book" + kinds[k], 5 + k, first, last);
            name("Price_Eff" + kinds[k], 9 + k, first, last);
        }
    }

    private void writePrices(Row r, int col, TokenPrices p) {
        out.number(r, col, p.input(), Kind.PRICE, true);
        out.number(r, col + 1, p.output(), Kind.PRICE, true);
        out.number(r, col + 2, p.cacheRead(), Kind.PRICE, true);
        out.number(r, col + 3, p.cacheWrite(), Kind.PRICE, true);
    }

    private void tierModels() {
        section("Which model serves each tier", new String[] {"#", "Tier", "Valid from", "Valid until", "Model"});
        int first = row;
        int n = 1;
        for (Dated<TierModel> d : used(in.rateCard().tierModels())) {
            Row r = out.row(row++);
            out.number(r, 0, n++, Kind.KEY, false);
            out.code(r, 1, d.version().tier().label(), false);
            dates(r, 2, d.version(), d.until());
            out.text(r, 4, d.version().modelId(), true);
        }
        nameColumns(first, "TierModel_No", "TierModel_Tier", "TierModel_From", "TierModel_Until", "TierModel_Model");
    }

    private void mixes() {
        section("Token mix of each tier (shares of the tokens; they add up to 100%)", new String[] {"Tier", "Valid from",
                "Valid until", "Input", "Output", "Cache read", "Cache write"});
        int first = row;
        for (Dated<TierMix> d : used(in.rateCard().tierMixes())) {
            Row r = out.row(row++);
            out.text(r, 0, d.version().tier().label(), false);
            dates(r, 1, d.version(), d.until());
            out.number(r, 3, d.version().mix().input(), Kind.SHARE, true);
            out.number(r, 4, d.version().mix().output(), Kind.SHARE, true);
            out.number(r, 5, d.version().mix().cacheRead(), Kind.SHARE, true);
            out.number(r, 6, d.version().mix().cacheWrite(), Kind.SHARE, true);
        }
        nameColumns(first, "Mix_Tier", "Mix_From", "Mix_Until", "Mix_Input", "Mix_Output", "Mix_CacheRead",
                "Mix_CacheWrite");
    }

    private void envelopes() {
        section("Size envelopes: tokens an epic of a size needs at medium effort", new String[] {"Size", "Valid from",
                "Valid until", "P50 tokens", "P90 tokens"});
        int first = row;
        for (Dated<SizeEnvelope> d : byEntry(used(in.rateCard().envelopes()), SizeEnvelope::size)) {
            Row r = out.row(row++);
            out.text(r, 0, d.version().size().name(), false);
            dates(r, 1, d.version(), d.until());
            out.number(r, 3, d.version().p50(), Kind.TOKENS, true);
            out.number(r, 4, d.version().p90(), Kind.TOKENS, true);
        }
        nameColumns(first, "Envelope_Size", "Envelope_From", "Envelope_Until", "Envelope_P50", "Envelope_P90");
    }

    private void efforts() {
        section("Effort multipliers (tokens relative to medium effort)", new String[] {"Effort", "Valid from",
                "Valid until", "Multiplier"});
        int first = row;
        for (Dated<EffortMultiplier> d : byEntry(used(in.rateCard().efforts()), EffortMultiplier::effort)) {
            Row r = out.row(row++);
            out.text(r, 0, d.version().effort().label(), false);
            dates(r, 1, d.version(), d.until());
            out.number(r, 3, d.version().multiplier(), Kind.MULTIPLIER, true);
        }
        nameColumns(first, "Effort_Level", "Effort_From", "Effort_Until", "Effort_Multiplier");
    }

    private void labour() {
        section("Labour rates per hour (\"" + LabourRate.BLENDED + "\" is used for a line with no role or an unknown one)",
                new String[] {"Role", "Valid from", "Valid until", "Hourly"});
        int first = row;
        for (Dated<LabourRate> d : used(in.rateCard().labourRates())) {
            Row r = out.row(row++);
            out.text(r, 0, d.version().role(), false);
            dates(r, 1, d.version(), d.until());
            out.number(r, 3, d.version().hourly(), Kind.MONEY, true);
        }
        nameColumns(first, "Labour_Role", "Labour_From", "Labour_Until", "Labour_Hourly");
    }

    private void fx() {
        section("FX rates: " + in.currency() + " per unit of the billing currency (a billing line is converted at the "
                + "rate in force on its charge date)", new String[] {"Currency", "Valid from", "Valid until", "Rate"});
        int first = row;
        List<FxRate> all = in.rateCard().fxRates();
        List<FxRate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(FxRate::currency).thenComparing(FxRate::validFrom));
        for (FxRate f : sorted) {
            Row r = out.row(row++);
            out.text(r, 0, f.currency(), false);
            dates(r, 1, f, until(all, f), false);
            out.number(r, 3, f.rate(), Kind.FX, false);
        }
        if (sorted.isEmpty()) {
            out.styled(out.row(row++), 0, "(none: all billing was in " + in.currency() + ")", out.styles().subtitle);
        }
        nameColumns(first, "FX_Currency", "FX_From", "FX_Until", "FX_Rate");
    }

    private void tooling() {
        List<Dated<ToolingItem>> used = used(in.rateCard().tooling());
        section("Tooling on the rate card (billing products matching the pattern count as tooling, not tokens)",
                new String[] {"Item", "Valid from", "Valid until", "Unit", "Unit price", "Billing products"});
        for (Dated<ToolingItem> d : used) {
            Row r = out.row(row++);
            out.text(r, 0, d.version().name(), false);
            out.date(r, 1, d.version().validFrom(), Kind.DATE, false);
            out.date(r, 2, d.until(), Kind.UNTIL, false);
            out.text(r, 3, d.version().unit(), false);
            out.number(r, 4, d.version().unitPrice(), Kind.PRICE, false);
            out.text(r, 5, d.version().productPattern(), false);
        }
    }
}
