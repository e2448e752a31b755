package app.envelope.ui.rates;

import app.envelope.domain.AiModel;
import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.FxRate;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.RateCard;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.TokenType;
import app.envelope.domain.ToolingItem;
import app.envelope.store.RateCardRepository;
import app.envelope.ui.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The rate card's dated sections, one class each: what a version holds, how it is typed and checked. */
final class RateSections {
    private RateSections() {
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> List<String> labels(E[] values) {
        return Arrays.stream(values).map(RateSections::label).toList();
    }

    /** Model prices per million tokens, book and effective, with the date the list price was read and where. */
    static final class Prices extends VersionSection<ModelPrice> {
        private final Supplier<String> currency;
        private final FormField asOf = add(FormField.date("asOf", "List price as of", 0, 2));
        private final FormField source = add(FormField.text("source", "Source", 0, 3).spanning(2));
        private final FormField[] book = new FormField[4];
        private final FormField[] effective = new FormField[4];

        Prices(Supplier<String> currency) {
            super("prices", "Price versions", "Per million tokens. Book is the vendor's list price, effective is what"
                    + " you pay after discounts. A sprint is priced with the versions in force on its first day.",
                    FormField.choice("model", "Model", 0, 0, List.of()), true);
            this.currency = currency;
            String[] names = {"input", "output", "cache read", "cache write"};
            for (int i = 0; i < 4; i++) {
                book[i] = add(FormField.number("book-" + TokenType.values()[i].name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), "Book " + names[i], 1, i));
                effective[i] = add(FormField.number("effective-" + TokenType.values()[i].name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), "Effective " + names[i], 2, i));
            }
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Book in", 78, true), new Column("Book out", 82, true),
                    new Column("Book c-read", 96, true), new Column("Book c-write", 100, true),
                    new Column("Eff. in", 74, true), new Column("Eff. out", 78, true),
                    new Column("Eff. c-read", 92, true), new Column("Eff. c-write", 96, true),
                    new Column("As of", 104, false), new Column("Source", 380, false));
        }

        @Override
        public double keyWidth() {
            return 170;
        }

        @Override
        protected List<ModelPrice> versions(RateCard card) {
            return card.prices();
        }

        @Override
        protected List<String> cells(ModelPrice p, LocalDate pricedOn) {
            String c = currency.get();
            return List.of(Format.exact(p.book().input(), c), Format.exact(p.book().output(), c),
                    Format.exact(p.book().cacheRead(), c), Format.exact(p.book().cacheWrite(), c),
                    Format.exact(p.effective().input(), c), Format.exact(p.effective().output(), c),
                    Format.exact(p.effective().cacheRead(), c), Format.exact(p.effective().cacheWrite(), c),
                    p.asOf().toString(), p.source());
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return card.models().stream().map(AiModel::id).toList();
        }

        @Override
        protected String versionKey(String keyText) {
            return card != null && card.model(keyText).isPresent() ? keyText : null;
        }

        @Override
        protected String keyText(ModelPrice v) {
            return v.modelId();
        }

        @Override
        protected void fill(ModelPrice v) {
            asOf.set(v.asOf().toString());
            source.set(v.source());
            for (int i = 0; i < 4; i++) {
                book[i].set(Inputs.plain(v.book().get(TokenType.values()[i])));
                effective[i].set(Inputs.plain(v.effective().get(TokenType.values()[i])));
            }
        }

        @Override
        protected ModelPrice parse() throws Invalid {
            String model = Inputs.required(key);
            if (versionKey(model) == null) {
                throw new Invalid(key, "\"" + model + "\" is not a model on the rate card; add the model first");
            }
            var from = Inputs.date(validFrom);
            BigDecimal[] b = new BigDecimal[4];
            BigDecimal[] e = new BigDecimal[4];
            for (int i = 0; i < 4; i++) {
                b[i] = Inputs.amount(book[i]);
            }
            for (int i = 0; i < 4; i++) {
                e[i] = Inputs.amount(effective[i]);
            }
            return new ModelPrice(model, from, new TokenPrices(b[0], b[1], b[2], b[3]),
                    new TokenPrices(e[0], e[1], e[2], e[3]), Inputs.optionalDate(asOf, from), source.text());
        }

        @Override
        protected void save(RateCardRepository repository, ModelPrice v) {
            repository.savePrice(v);
        }

        @Override
        protected String describe(ModelPrice v) {
            return "the " + v.modelId() + " price";
        }
    }

    /** Which model serves each tier. */
    static final class TierModels extends VersionSection<TierModel> {
        private final FormField model = add(FormField.choice("model", "Model", 1, 0, List.of()));

        TierModels() {
            super("tier-models", "Tier → model", "The model that serves each tier; its prices come from the price"
                    + " versions in force on the same date.", FormField.choice("tier", "Tier", 0, 0, labels(Tier.values())),
                    false);
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Model", 190, false), new Column("Vendor", 110, false));
        }

        @Override
        public double keyWidth() {
            return 100;
        }

        @Override
        protected List<TierModel> versions(RateCard card) {
            return card.tierModels();
        }

        @Override
        protected List<String> cells(TierModel v, LocalDate pricedOn) {
            AiModel m = card.model(v.modelId()).orElse(null);
            return List.of(v.modelId(), m == null ? "" : m.vendor());
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            model.choices().setAll(card.models().stream().map(AiModel::id).toList());
            return labels(Tier.values());
        }

        @Override
        protected String versionKey(String keyText) {
            try {
                return Tier.parse(keyText).name();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected String keyText(TierModel v) {
            return label(v.tier());
        }

        @Override
        protected void fill(TierModel v) {
            model.set(v.modelId());
        }

        @Override
        protected TierModel parse() throws Invalid {
            String k = Inputs.required(key);
            if (versionKey(k) == null) {
                throw new Invalid(key, "\"" + k + "\" is not a tier (small, mid or frontier)");
            }
            var from = Inputs.date(validFrom);
            String m = Inputs.required(model);
            if (card.model(m).isEmpty()) {
                throw new Invalid(model, "\"" + m + "\" is not a model on the rate card");
            }
            return new TierModel(Tier.parse(k), from, m);
        }

        @Override
        protected void validate(TierModel v) throws Invalid {
            if (card.priceOf(v.modelId(), v.validFrom()).isEmpty()) {
                throw new Invalid(model, v.modelId() + " has no price on " + v.validFrom() + "; add a price version first");
            }
        }

        @Override
        protected void save(RateCardRepository repository, TierModel v) {
            repository.saveTierModel(v);
        }

        @Override
        protected String describe(TierModel v) {
            return "the " + label(v.tier()) + " tier's model (" + v.modelId() + ")";
        }
    }

    /** Each tier's token mix: shares of input, output, cache-read and cache-write tokens, adding up to 100%. */
    static final class TierMixes extends VersionSection<TierMix> {
        private final Supplier<String> currency;
        private final FormField[] shares = new FormField[4];
        private final FormField total;

        TierMixes(Supplier<String> currency) {
            super("tier-mixes", "Token mix per tier", "Shares of each token kind in a tier's work, in percent; they"
                    + " must add up to 100%. The blended price is the mix times the tier model's prices.",
                    FormField.choice("tier", "Tier", 0, 0, labels(Tier.values())), false);
            this.currency = currency;
            String[] names = {"Input %", "Output %", "Cache read %", "Cache write %"};
            for (int i = 0; i < 4; i++) {
                shares[i] = add(FormField.number("share-" + TokenType.values()[i].name().toLowerCase(Locale.ROOT)
                        .replace('_', '-'), names[i], 1 + i / 2, i % 2));
                shares[i].textProperty().addListener((o, a, b) -> updateTotal());
            }
            total = add(FormField.shown("total", "Total", 3, 0));
        }

        private void updateTotal() {
            BigDecimal sum = BigDecimal.ZERO;
            for (FormField f : shares) {
                try {
                    sum = sum.add(new BigDecimal(f.text().replace("%", "").trim()));
                } catch (NumberFormatException e) {
                    total.set("—");
                    return;
                }
            }
            total.set(sum.stripTrailingZeros().toPlainString() + "%");
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Input", 70, true), new Column("Output", 74, true), new Column("Cache rd", 86, true),
                    new Column("Cache wr", 86, true), new Column("Blended eff. $/M", 150, true));
        }

        @Override
        public double keyWidth() {
            return 100;
        }

        @Override
        protected List<TierMix> versions(RateCard card) {
            return card.tierMixes();
        }

        @Override
        protected List<String> cells(TierMix v, LocalDate pricedOn) {
            TokenMix m = v.mix();
            var pricing = card.asOf(pricedOn);
            String blended = pricing.tiers().containsKey(v.tier())
                    ? Format.exact(m.blend(pricing.tier(v.tier()).price().effective()).setScale(4, RoundingMode.HALF_EVEN)
                            .stripTrailingZeros(), currency.get())
                    : "—";
            return List.of(Inputs.percentShown(m.input()), Inputs.percentShown(m.output()),
                    Inputs.percentShown(m.cacheRead()), Inputs.percentShown(m.cacheWrite()), blended);
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return labels(Tier.values());
        }

        @Override
        protected String versionKey(String keyText) {
            try {
                return Tier.parse(keyText).name();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected String keyText(TierMix v) {
            return label(v.tier());
        }

        @Override
        protected void fill(TierMix v) {
            for (int i = 0; i < 4; i++) {
                shares[i].set(Inputs.percentText(v.mix().get(TokenType.values()[i])));
            }
        }

        @Override
        protected TierMix parse() throws Invalid {
            String k = Inputs.required(key);
            if (versionKey(k) == null) {
                throw new Invalid(key, "\"" + k + "\" is not a tier (small, mid or frontier)");
            }
            var from = Inputs.date(validFrom);
            BigDecimal[] s = new BigDecimal[4];
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < 4; i++) {
                s[i] = Inputs.percent(shares[i]);
                sum = sum.add(s[i]);
            }
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw new Invalid(total, "the shares add up to " + Inputs.percentShown(sum) + "; they must add up to 100%");
            }
            return new TierMix(Tier.parse(k), from, new TokenMix(s[0], s[1], s[2], s[3]));
        }

        @Override
        protected void save(RateCardRepository repository, TierMix v) {
            repository.saveTierMix(v);
        }

        @Override
        protected String describe(TierMix v) {
            return "the " + label(v.tier()) + " tier's token mix";
        }
    }

    /** Tokens per AI size at medium effort: P50 (typical) and P90 (bad case). */
    static final class Envelopes extends VersionSection<SizeEnvelope> {
        private final FormField p50 = add(FormField.number("p50", "P50 tokens", 1, 0));
        private final FormField p90 = add(FormField.number("p90", "P90 tokens", 1, 1));

        Envelopes() {
            super("envelopes", "Size envelopes", "Tokens an epic of each AI size needs at medium effort: P50 typical,"
                    + " P90 a bad case (not below P50). Type 400M, 1.1B or the full count.",
                    FormField.choice("size", "Size", 0, 0, labels(Size.values()).stream()
                            .map(s -> s.toUpperCase(Locale.ROOT)).toList()), false);
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("P50 tokens", 110, true), new Column("P90 tokens", 110, true));
        }

        @Override
        protected List<SizeEnvelope> versions(RateCard card) {
            return card.envelopes();
        }

        @Override
        protected List<String> cells(SizeEnvelope v, LocalDate pricedOn) {
            return List.of(Format.tokens(BigDecimal.valueOf(v.p50())), Format.tokens(BigDecimal.valueOf(v.p90())));
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return Arrays.stream(Size.values()).map(Size::name).toList();
        }

        @Override
        protected String versionKey(String keyText) {
            try {
                return Size.parse(keyText).name();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected String keyText(SizeEnvelope v) {
            return v.size().name();
        }

        @Override
        protected void fill(SizeEnvelope v) {
            p50.set(Inputs.tokensText(v.p50()));
            p90.set(Inputs.tokensText(v.p90()));
        }

        @Override
        protected SizeEnvelope parse() throws Invalid {
            String k = Inputs.required(key);
            if (versionKey(k) == null) {
                throw new Invalid(key, "\"" + k + "\" is not a size (XS, S, M, L or XL)");
            }
            var from = Inputs.date(validFrom);
            long a = Inputs.tokens(p50);
            long b = Inputs.tokens(p90);
            if (b < a) {
                throw new Invalid(p90, "P90 (" + Format.tokens(BigDecimal.valueOf(b)) + ") cannot be below P50 ("
                        + Format.tokens(BigDecimal.valueOf(a)) + ")");
            }
            return new SizeEnvelope(Size.parse(k), from, a, b);
        }

        @Override
        protected void save(RateCardRepository repository, SizeEnvelope v) {
            repository.saveEnvelope(v);
        }

        @Override
        protected String describe(SizeEnvelope v) {
            return "the " + v.size() + " size envelope";
        }
    }

    /** Token multipliers per effort level. */
    static final class Efforts extends VersionSection<EffortMultiplier> {
        private final FormField multiplier = add(FormField.number("multiplier", "Multiplier", 1, 0));

        Efforts() {
            super("efforts", "Effort multipliers", "Tokens at an effort level = the size envelope × this multiplier"
                    + " (medium is usually 1).", FormField.choice("effort", "Effort", 0, 0, labels(Effort.values())), false);
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Multiplier", 100, true));
        }

        @Override
        protected List<EffortMultiplier> versions(RateCard card) {
            return card.efforts();
        }

        @Override
        protected List<String> cells(EffortMultiplier v, LocalDate pricedOn) {
            return List.of("×" + Inputs.plain(v.multiplier()));
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return labels(Effort.values());
        }

        @Override
        protected String versionKey(String keyText) {
            try {
                return Effort.parse(keyText).name();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected String keyText(EffortMultiplier v) {
            return label(v.effort());
        }

        @Override
        protected void fill(EffortMultiplier v) {
            multiplier.set(Inputs.plain(v.multiplier()));
        }

        @Override
        protected EffortMultiplier parse() throws Invalid {
            String k = Inputs.required(key);
            if (versionKey(k) == null) {
                throw new Invalid(key, "\"" + k + "\" is not an effort (low, medium or high)");
            }
            var from = Inputs.date(validFrom);
            return new EffortMultiplier(Effort.parse(k), from, Inputs.amount(multiplier));
        }

        @Override
        protected void save(RateCardRepository repository, EffortMultiplier v) {
            repository.saveEffort(v);
        }

        @Override
        protected String describe(EffortMultiplier v) {
            return "the " + label(v.effort()) + " effort multiplier";
        }
    }

    /** Hourly labour rates per role; "blended" is used for lines that name no role. */
    static final class Labour extends VersionSection<LabourRate> {
        private final Supplier<String> currency;
        private final FormField hourly = add(FormField.number("hourly", "Hourly rate", 1, 0));

        Labour(Supplier<String> currency) {
            super("labour", "Labour rates", "Hourly rate per role; \"blended\" prices the lines that name no role."
                    + " Review hours count as labour.", FormField.suggest("role", "Role", 0, 0), false);
            this.currency = currency;
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Hourly", 100, true));
        }

        @Override
        public double keyWidth() {
            return 170;
        }

        @Override
        protected List<LabourRate> versions(RateCard card) {
            return card.labourRates();
        }

        @Override
        protected List<String> cells(LabourRate v, LocalDate pricedOn) {
            return List.of(Format.exact(v.hourly(), currency.get()));
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return card.labourRates().stream().map(LabourRate::role).distinct().toList();
        }

        @Override
        protected String versionKey(String keyText) {
            String k = keyText == null ? "" : keyText.trim();
            return k.isEmpty() ? null : k;
        }

        @Override
        protected String keyText(LabourRate v) {
            return v.role();
        }

        @Override
        protected void fill(LabourRate v) {
            hourly.set(Inputs.plain(v.hourly()));
        }

        @Override
        protected LabourRate parse() throws Invalid {
            String role = Inputs.required(key);
            if (!role.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*")) {
                throw new Invalid(key, "a role is a word like senior-engineer (letters, digits, - and _)");
            }
            var from = Inputs.date(validFrom);
            return new LabourRate(role, from, Inputs.amount(hourly));
        }

        @Override
        protected void save(RateCardRepository repository, LabourRate v) {
            repository.saveLabourRate(v);
        }

        @Override
        protected String describe(LabourRate v) {
            return "the " + v.role() + " rate";
        }
    }

    /** Exchange rates into the portfolio currency, used by the billing importer. */
    static final class Fx extends VersionSection<FxRate> {
        private final Supplier<String> currency;
        private final FormField rate = add(FormField.number("rate", "Rate", 1, 0));

        Fx(Supplier<String> currency) {
            super("fx", "FX rates", "Units of the portfolio currency per one unit of another currency; billing files"
                    + " in that currency are converted with the rate in force on each charge date.",
                    FormField.suggest("currency", "Currency", 0, 0), false);
            this.currency = currency;
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Rate", 150, true));
        }

        @Override
        protected List<FxRate> versions(RateCard card) {
            return card.fxRates();
        }

        @Override
        protected List<String> cells(FxRate v, LocalDate pricedOn) {
            return List.of(Inputs.plain(v.rate()) + " " + currency.get());
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return card.fxRates().stream().map(FxRate::currency).distinct().toList();
        }

        @Override
        protected String versionKey(String keyText) {
            String k = keyText == null ? "" : keyText.trim().toUpperCase(Locale.ROOT);
            return k.matches("[A-Z]{3}") ? k : null;
        }

        @Override
        protected String keyText(FxRate v) {
            return v.currency();
        }

        @Override
        protected void fill(FxRate v) {
            rate.set(Inputs.plain(v.rate()));
        }

        @Override
        protected FxRate parse() throws Invalid {
            String c = Inputs.required(key);
            if (versionKey(c) == null) {
                throw new Invalid(key, "a currency is a three-letter code like EUR");
            }
            if (versionKey(c).equals(currency.get())) {
                throw new Invalid(key, currency.get() + " is the portfolio currency; it needs no rate");
            }
            var from = Inputs.date(validFrom);
            return new FxRate(versionKey(c), from, Inputs.positive(rate));
        }

        @Override
        protected void save(RateCardRepository repository, FxRate v) {
            repository.saveFxRate(v);
        }

        @Override
        protected String describe(FxRate v) {
            return "the " + v.currency() + " rate";
        }
    }

    /** Tooling products: unit prices, and which billing products count as each. */
    static final class Tooling extends VersionSection<ToolingItem> {
        private final Supplier<String> currency;
        private final FormField unit = add(FormField.text("unit", "Unit", 1, 0));
        private final FormField unitPrice = add(FormField.number("unitPrice", "Unit price", 1, 1));
        private final FormField pattern = add(FormField.text("pattern", "Billing product pattern", 2, 0).spanning(2));

        Tooling(Supplier<String> currency) {
            super("tooling", "Tooling items", "Seats, CI minutes, sandboxes: a unit price, and a pattern (* and ?)"
                    + " naming the billing products that count as this tooling.", FormField.suggest("name", "Name", 0, 0),
                    false);
            this.currency = currency;
        }

        @Override
        public List<Column> columns() {
            return List.of(new Column("Unit", 100, false), new Column("Unit price", 100, true),
                    new Column("Product pattern", 190, false));
        }

        @Override
        public double keyWidth() {
            return 250;
        }

        @Override
        protected List<ToolingItem> versions(RateCard card) {
            return card.tooling();
        }

        @Override
        protected List<String> cells(ToolingItem v, LocalDate pricedOn) {
            return List.of(v.unit(), Format.exact(v.unitPrice(), currency.get()), v.productPattern());
        }

        @Override
        protected List<String> keyChoices(RateCard card) {
            return card.tooling().stream().map(ToolingItem::name).distinct().toList();
        }

        @Override
        protected String versionKey(String keyText) {
            String k = keyText == null ? "" : keyText.trim();
            return k.isEmpty() ? null : k;
        }

        @Override
        protected String keyText(ToolingItem v) {
            return v.name();
        }

        @Override
        protected void fill(ToolingItem v) {
            unit.set(v.unit());
            unitPrice.set(Inputs.plain(v.unitPrice()));
            pattern.set(v.productPattern());
        }

        @Override
        protected ToolingItem parse() throws Invalid {
            String name = Inputs.required(key);
            var from = Inputs.date(validFrom);
            String u = Inputs.required(unit);
            BigDecimal price = Inputs.amount(unitPrice);
            String p = pattern.text();
            if (p.contains(" ")) {
                throw new Invalid(pattern, "a product pattern has no spaces (use * for any text)");
            }
            return new ToolingItem(name, from, u, price, p);
        }

        @Override
        protected void save(RateCardRepository repository, ToolingItem v) {
            repository.saveTooling(v);
        }

        @Override
        protected String describe(ToolingItem v) {
            return "the " + v.name() + " price";
        }
    }
}
