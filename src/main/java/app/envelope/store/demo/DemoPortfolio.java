package app.envelope.store.demo;

import app.envelope.domain.AiModel;
import app.envelope.domain.Autonomy;
import app.envelope.domain.Effort;
import app.envelope.domain.EffortMultiplier;
import app.envelope.domain.Epic;
import app.envelope.domain.FxRate;
import app.envelope.domain.LabourRate;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.PlanLine;
import app.envelope.domain.RateCard;
import app.envelope.domain.Scenario;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.Team;
import app.envelope.domain.Tier;
import app.envelope.domain.TierMix;
import app.envelope.domain.TierModel;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.ToolingItem;
import app.envelope.domain.ValueBasis;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.Outcome;
import app.envelope.store.BillingRepository;
import app.envelope.store.Store;
import app.envelope.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The demo portfolio in {@code sample-data/demo/portfolio.json}: read into domain objects and
 * stored in one transaction, only into an empty database.
 */
public final class DemoPortfolio {
    public static final String RESOURCE = "/sample-data/demo/portfolio.json";

    private final JsonNode root;

    private DemoPortfolio(JsonNode root) {
        this.root = root;
    }

    public static DemoPortfolio fromClasspath() {
        try (InputStream in = DemoPortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new StoreException("The demo portfolio " + RESOURCE + " is missing from this build.");
            }
            return new DemoPortfolio(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new StoreException("The demo portfolio " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads the demo into {@code store}, which must be empty. Everything or nothing is stored. */
    public void loadInto(Store store) {
        if (!store.isEmpty()) {
            throw new StoreException("The database " + store.path() + " already holds a portfolio;"
                    + " the demo is only loaded into a new, empty database.");
        }
        RateCard card = rateCard();
        store.inTransaction(() -> {
            store.rateCard().saveAll(card);
            list("teams", n -> new Team(n.asText())).forEach(store.portfolio()::saveTeam);
            list("epics", n -> new Epic(text(n, "key"), text(n, "title"), text(n, "team")))
                    .forEach(store.portfolio()::saveEpic);
            Map<String, Long> sprintIds = new HashMap<>();
            for (Sprint s : list("sprints", DemoPortfolio::sprint)) {
                sprintIds.put(s.name(), store.portfolio().saveSprint(s).id());
            }
            Map<String, Long> lineIds = new HashMap<>();
            for (JsonNode n : root.path("planLines")) {
                PlanLine saved = store.portfolio().saveLine(planLine(n, sprintIds.get(text(n, "sprint"))));
                lineIds.put(text(n, "sprint") + "|" + text(n, "epic"), saved.id());
            }
            List<LineActual> actuals = new ArrayList<>();
            for (JsonNode n : root.path("lineActuals")) {
                Long id = lineIds.get(text(n, "sprint") + "|" + text(n, "epic"));
                if (id == null) {
                    throw new StoreException("demo actuals for " + text(n, "epic") + " in " + text(n, "sprint")
                            + " name no plan line");
                }
                Outcome outcome = n.path("outcomeCount").isMissingNode() ? null
                        : new Outcome(n.path("outcomeCount").asLong(), text(n, "outcomeUnit"));
                actuals.add(new LineActual(id, dec(n, "hours"), outcome));
            }
            store.actuals().saveAll(actuals);
            for (JsonNode n : root.path("scenarios")) {
                store.scenarios().create(scenario(n, store, sprintIds));
            }
        });
    }

    /**
     * The attribution rules that go with the demo's billing files (stored by the service layer's
     * demo loader together with the files, not by {@link #loadInto}: a portfolio alone has no rules).
     */
    public List<BillingRepository.RuleRow> attributionRules() {
        List<BillingRepository.RuleRow> rules = new ArrayList<>();
        for (JsonNode n : root.path("attributionRules")) {
            rules.add(new BillingRepository.RuleRow(rules.size() + 1, text(n, "field"), text(n, "operator"),
                    text(n, "value"), text(n, "epic")));
        }
        return rules;
    }

    /**
     * The demo's vendor billing files, as class-path resources under {@code /sample-data/}, in the
     * order they are imported (the service layer imports them after {@link #loadInto}).
     */
    public List<String> billingFiles() {
        List<String> out = new ArrayList<>();
        root.path("billingFiles").forEach(n -> out.add("/sample-data/" + n.asText()));
        return out;
    }

    /** A demo scenario: a copy of its sprint's plan with the listed lines re-tiered (tier and/or effort). */
    private static Scenario scenario(JsonNode n, Store store, Map<String, Long> sprintIds) {
        Long sprintId = sprintIds.get(text(n, "sprint"));
        if (sprintId == null) {
            throw new StoreException("demo scenario " + text(n, "name") + " names an unknown sprint");
        }
        Sprint sprint = store.portfolio().sprint(sprintId).orElseThrow();
        Map<String, JsonNode> changes = new HashMap<>();
        n.path("changes").forEach(c -> changes.put(text(c, "epic"), c));
        List<PlanLine> lines = new ArrayList<>();
        for (PlanLine l : store.portfolio().planLines(sprintId)) {
            JsonNode c = changes.remove(l.epicKey());
            PlanLine.Builder b = l.toBuilder();
            if (c != null && text(c, "tier") != null) {
                b.tier(Tier.parse(text(c, "tier")));
            }
            if (c != null && text(c, "effort") != null) {
                b.effort(Effort.parse(text(c, "effort")));
            }
            lines.add(b.build());
        }
        if (!changes.isEmpty()) {
            throw new StoreException("demo scenario " + text(n, "name") + " changes epics not in its sprint: "
                    + changes.keySet());
        }
        return Scenario.copyOf(sprint, lines, text(n, "name"), LocalDateTime.parse(text(n, "created")));
    }

    public RateCard rateCard() {
        JsonNode rc = root.path("rateCard");
        return new RateCard(text(root, "currency"),
                map(rc, "models", n -> new AiModel(text(n, "id"), text(n, "vendor"), text(n, "displayName"))),
                map(rc, "prices", n -> new ModelPrice(text(n, "model"), date(n, "validFrom"),
                        prices(n.path("book")), prices(n.path("effective")), date(n, "asOf"), text(n, "source"))),
                map(rc, "tierModels", n -> new TierModel(Tier.parse(text(n, "tier")), date(n, "validFrom"), text(n, "model"))),
                map(rc, "tierMixes", n -> new TierMix(Tier.parse(text(n, "tier")), date(n, "validFrom"),
                        new TokenMix(dec(n, "input"), dec(n, "output"), dec(n, "cacheRead"), dec(n, "cacheWrite")))),
                map(rc, "sizeEnvelopes", n -> new SizeEnvelope(Size.parse(text(n, "size")), date(n, "validFrom"),
                        n.path("p50").asLong(), n.path("p90").asLong())),
                map(rc, "effortMultipliers", n -> new EffortMultiplier(Effort.parse(text(n, "effort")),
                        date(n, "validFrom"), dec(n, "multiplier"))),
                map(rc, "labourRates", n -> new LabourRate(text(n, "role"), date(n, "validFrom"), dec(n, "hourly"))),
                map(rc, "fxRates", n -> new FxRate(text(n, "currency"), date(n, "validFrom"), dec(n, "rate"))),
                map(rc, "tooling", n -> new ToolingItem(text(n, "name"), date(n, "validFrom"), text(n, "unit"),
                        dec(n, "unitPrice"), text(n, "productPattern"))));
    }

    private static Sprint sprint(JsonNode n) {
        return new Sprint(0, text(n, "name"), date(n, "start"), date(n, "end"),
                SprintStatus.parse(text(n, "status")), dec(n, "budget"));
    }

    private static PlanLine planLine(JsonNode n, Long sprintId) {
        if (sprintId == null) {
            throw new StoreException("demo plan line for " + text(n, "epic") + " names an unknown sprint");
        }
        return new PlanLine.Builder().sprintId(sprintId).epicKey(text(n, "epic")).value(dec(n, "value"))
                .valueBasis(ValueBasis.parse(text(n, "valueBasis"))).willingness(dec(n, "willingness"))
                .size(Size.parse(text(n, "size"))).tier(Tier.parse(text(n, "tier")))
                .effort(Effort.parse(text(n, "effort"))).autonomy(Autonomy.parse(text(n, "autonomy")))
                .bounded(n.path("bounded").asBoolean()).labourHours(dec(n, "labourHours"))
                .reviewHours(dec(n, "reviewHours")).role(n.path("role").isNull() ? null : text(n, "role"))
                .tooling(dec(n, "tooling")).riskOverride(n.path("riskOverride").isNull() ? null : dec(n, "riskOverride"))
                .funded(n.path("funded").asBoolean()).build();
    }

    private <T> List<T> list(String field, Function<JsonNode, T> f) {
        return map(root, field, f);
    }

    private static <T> List<T> map(JsonNode parent, String field, Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        parent.path(field).forEach(n -> out.add(f.apply(n)));
        return out;
    }

    private static TokenPrices prices(JsonNode n) {
        return new TokenPrices(dec(n, "input"), dec(n, "output"), dec(n, "cacheRead"), dec(n, "cacheWrite"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static BigDecimal dec(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : new BigDecimal(t);
    }

    private static LocalDate date(JsonNode n, String field) {
        String t = text(n, field);
        return t == null ? null : LocalDate.parse(t);
    }
}
