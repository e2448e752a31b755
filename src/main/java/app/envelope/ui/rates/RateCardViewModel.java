package app.envelope.ui.rates;

import app.envelope.domain.AiModel;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Tier;
import app.envelope.domain.TierPricing;
import app.envelope.domain.Versioned;
import app.envelope.store.PlanQueries;
import app.envelope.store.Store;
import app.envelope.ui.BackgroundTasks;
import app.envelope.ui.Format;
import app.envelope.ui.PortfolioEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the rate-card screen: the dated sections (prices, tier models, token mixes,
 * size envelopes, effort multipliers, labour rates, FX rates, tooling), the models and the
 * portfolio currency. Every change is a new version from a date (by default the next sprint's
 * start, else today) and is stored only when every field passes; once stored, the other screens
 * hear of it through {@link PortfolioEvents} and re-price. Knows no controls.
 */
public final class RateCardViewModel {
    private final Store store;
    private final BackgroundTasks tasks;
    private final PortfolioEvents events;
    private final Clock clock;

    private final StringProperty currency = new SimpleStringProperty("USD");
    private final PriceSection prices = new PriceSection(currency::get);
    private final TierModelSection tierModels = new TierModelSection();
    private final TierMixSection tierMixes = new TierMixSection(currency::get);
    private final EnvelopeSection envelopes = new EnvelopeSection();
    private final EffortSection efforts = new EffortSection();
    private final LabourSection labour = new LabourSection(currency::get);
    private final FxSection fx = new FxSection(currency::get);
    private final ToolingSection tooling = new ToolingSection(currency::get);
    private final List<VersionSection<?>> sections = List.of(prices, tierModels, tierMixes, envelopes, efforts, labour,
            fx, tooling);

    private final ObservableList<ModelRow> models = FXCollections.observableArrayList();
    private final FormField modelId = FormField.text("modelId", "Model id", 0, 0);
    private final FormField modelVendor = FormField.text("modelVendor", "Vendor", 0, 1);
    private final FormField modelName = FormField.text("modelName", "Display name", 0, 2);
    private final FormField currencyCode = FormField.text("currencyCode", "Portfolio currency", 0, 0);

    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<RateCard> card = new SimpleObjectProperty<>();
    private List<Sprint> sprints = List.of();

    public RateCardViewModel(Store store, BackgroundTasks tasks, PortfolioEvents events, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
        for (FormField f : List.of(modelId, modelVendor, modelName, currencyCode)) {
            f.textProperty().addListener((o, a, b) -> f.errorProperty().set(""));
        }
    }

    private record Snapshot(RateCard card, List<Sprint> sprints, Sprint current) {
    }

    private Snapshot read() {
        return new Snapshot(store.rateCard().load(), store.portfolio().sprints(),
                new PlanQueries(store).currentSprint().orElse(null));
    }

    /** Reads the rate card and the sprints. */
    public void load() {
        busy.set(true);
        tasks.run("Loading the rate card", this::read, s -> {
            show(s);
            status.set("Rate card with " + s.card().versionDates().size() + " version dates; new versions default to "
                    + defaultDate(s.sprints()));
        }, this::failed);
    }

    private void show(Snapshot s) {
        busy.set(false);
        sprints = s.sprints();
        currency.set(s.card().currency());
        if (currencyCode.text().isEmpty() || !currencyCode.hasError()) {
            currencyCode.set(s.card().currency());
        }
        LocalDate defaultDate = defaultDate(s.sprints());
        for (VersionSection<?> section : sections) {
            section.load(s.card(), s.sprints(), s.current(), defaultDate);
        }
        models.setAll(modelRows(s.card(), s.current()));
        card.set(s.card());
        summary.set(summaryText(s.card(), s.current()));
    }

    /**
     * The date a new version starts on unless the user says otherwise: the start of the next sprint
     * that has not started yet (on or after today), else today.
     */
    public LocalDate defaultDate(List<Sprint> all) {
        LocalDate today = LocalDate.now(clock);
        return all.stream().filter(s -> s.status() != SprintStatus.CLOSED && !s.start().isBefore(today))
                .map(Sprint::start).min(Comparator.naturalOrder()).orElse(today);
    }

    private static List<ModelRow> modelRows(RateCard card, Sprint current) {
        LocalDate at = current == null ? null : current.start();
        List<ModelRow> rows = new ArrayList<>();
        for (AiModel m : card.models()) {
            String tiers = "";
            String price = "no price yet";
            if (at != null) {
                Pricing p = card.asOf(at);
                tiers = p.tiers().values().stream().filter(t -> t.model().id().equals(m.id())).map(TierPricing::tier)
                        .sorted().map(Tier::label).collect(Collectors.joining(", "));
            }
            ModelPrice latest = card.prices().stream().filter(x -> x.modelId().equals(m.id()))
                    .filter(x -> at == null || !x.validFrom().isAfter(at))
                    .max(Comparator.comparing(ModelPrice::validFrom)).orElse(null);
            if (latest != null) {
                price = Format.exact(latest.effective().input(), card.currency()) + " / "
                        + Format.exact(latest.effective().output(), card.currency());
            }
            rows.add(new ModelRow(m.id(), m.vendor(), m.displayName(), tiers, price));
        }
        return rows;
    }

    private static String summaryText(RateCard card, Sprint current) {
        if (current == null) {
            return "Currency " + card.currency();
        }
        return "Currency " + card.currency() + " · " + current.name() + " is priced with the versions in force on "
                + current.start();
    }

    // Dated versions //

    /**
     * Stores the section's form as a new version (or the replacement of the one with the same key and
     * date). INVALID: a field is refused and nothing is stored. CONFIRM: the version would re-price a
     * closed sprint; call again with {@code repriceClosedConfirmed} once the user agreed.
     */
    public VersionSection.Outcome submit(VersionSection<?> section, boolean repriceClosedConfirmed) {
        VersionSection.Outcome o = section.check(repriceClosedConfirmed);
        if (o == VersionSection.Outcome.VALID) {
            store(section);
        } else {
            problem.set(section.problemProperty().get());
        }
        return o;
    }

    private <V extends Versioned> void store(VersionSection<V> section) {
        V v = section.checked();
        boolean replacing = section.replaces(v);
        problem.set("");
        busy.set(true);
        tasks.run("Saving " + section.describe(v), () -> {
            store.inTransaction(() -> section.save(store.rateCard(), v));
            return read();
        }, s -> {
                show(s);
                section.reset();
                status.set((replacing ? "Replaced " : "Added ") + section.describe(v) + " from " + v.validFrom()
                        + "; it prices " + section.coverage(s.card(), v) + ".");
                events.rateCardChanged();
            }, this::failed);
    }

    // Models and currency //

    /** Adds a model, or renames one (models are not dated; their prices are). Returns null or the reason. */
    public String saveModel() {
        String id = modelId.text();
        String reason = null;
        FormField at = null;
        if (id.isEmpty()) {
            at = modelId;
            reason = "a model needs an id, e.g. claude-sonnet-4-5";
        } else if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:/-]*")) {
            at = modelId;
            reason = "an id has no spaces (letters, digits, . _ : / -)";
        } else if (modelVendor.text().isEmpty()) {
            at = modelVendor;
            reason = "who sells it? e.g. Anthropic";
        }
        if (reason != null) {
            at.errorProperty().set(reason);
            problem.set(at.label() + ": " + reason + ". Nothing was stored.");
            return reason;
        }
        RateCard now = card.get();
        boolean exists = now != null && now.model(id).isPresent();
        AiModel m = new AiModel(id, modelVendor.text(), modelName.text());
        problem.set("");
        busy.set(true);
        tasks.run("Saving model " + id, () -> {
            store.rateCard().saveModel(m);
            return read();
        }, s -> {
                show(s);
                status.set((exists ? "Renamed " : "Added model ") + id + (exists ? "" : "; give it a price version next"));
                if (!exists) {
                    prices.keyField().set(id);
                }
                events.rateCardChanged();
            }, this::failed);
        return null;
    }

    /** Picks a model: its prices' history is shown and the forms start from it. */
    public void selectModel(ModelRow row) {
        if (row == null) {
            return;
        }
        prices.keyField().set(row.id());
        modelId.set(row.id());
        modelVendor.set(row.vendor());
        modelName.set(row.name());
    }

    /** Sets the portfolio currency (a label for every amount; nothing is converted). Returns null or the reason. */
    public String saveCurrency() {
        String c = currencyCode.text().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            String reason = "a currency is a three-letter code like USD or EUR";
            currencyCode.errorProperty().set(reason);
            problem.set("Portfolio currency: " + reason + ". Nothing was stored.");
            return reason;
        }
        if (c.equals(currency.get())) {
            return null;
        }
        problem.set("");
        busy.set(true);
        tasks.run("Saving the currency", () -> {
            store.rateCard().setCurrency(c);
            return read();
        }, s -> {
                show(s);
                status.set("The portfolio currency is now " + c + "; amounts were relabelled, not converted.");
                events.rateCardChanged();
            }, this::failed);
        return null;
    }

    private void failed(Throwable t) {
        busy.set(false);
        problem.set("Could not update the rate card: " + t.getMessage());
    }

    // Accessors //

    public List<VersionSection<?>> sections() { return sections; }
    public VersionSection<?> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }
    public VersionSection<?> prices() { return prices; }
    public VersionSection<?> tierModels() { return tierModels; }
    public VersionSection<?> tierMixes() { return tierMixes; }
    public VersionSection<?> envelopes() { return envelopes; }
    public VersionSection<?> efforts() { return efforts; }
    public VersionSection<?> labour() { return labour; }
    public VersionSection<?> fx() { return fx; }
    public VersionSection<?> tooling() { return tooling; }
    public ObservableList<ModelRow> models() { return models; }
    public FormField modelIdField() { return modelId; }
    public FormField modelVendorField() { return modelVendor; }
    public FormField modelNameField() { return modelName; }
    public FormField currencyField() { return currencyCode; }
    public StringProperty currencyProperty() { return currency; }
    public StringProperty statusProperty() { return status; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<RateCard> cardProperty() { return card; }
    public List<Sprint> sprints() { return sprints; }
}
