package app.envelope.cli;

import app.envelope.domain.Flag;
import app.envelope.domain.Money;
import app.envelope.domain.actuals.ActualSubsidy;
import app.envelope.domain.actuals.BudgetAlert;
import app.envelope.domain.actuals.CategoryFigures;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.ModelUsage;
import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.SpendRow;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.TokenVariance;
import app.envelope.domain.actuals.VarianceSplit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code compare --json} document: per epic the plan and actual per category, the variance,
 * volume / mix / price (or null), alerts and cost per outcome; the spend nobody planned; the
 * sprint's totals, reconciliation to the imported files, and subsidy exposure. Every amount is an
 * exact decimal string, never a JSON number.
 */
final class CompareJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareJson() {
    }

    static String write(SprintComparison c) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode s = root.putObject("sprint");
        s.put("name", c.sprint().name());
        s.put("start", c.sprint().start().toString());
        s.put("end", c.sprint().end().toString());
        s.put("status", c.sprint().status().name().toLowerCase(Locale.ROOT));
        s.put("pricedAsOf", c.sprint().start().toString());
        s.put("currency", c.currency());
        s.put("budget", money(c.sprint().budget()));

        ArrayNode epics = root.putArray("epics");
        c.epics().forEach(e -> epics.add(epic(e)));
        ArrayNode unplanned = root.putArray("unplannedEpics");
        c.unplannedEpics().forEach(r -> unplanned.add(row(r)));
        root.set("unattributed", row(c.unattributed()));
        root.set("outsideSprint", row(c.outsideSprint()));
        root.set("totals", totals(c.totals()));
        root.set("subsidyExposure", subsidy(c.subsidy()));
        ArrayNode alerts = root.putArray("alerts");
        for (BudgetAlert a : c.alerts()) {
            ObjectNode n = alerts.addObject();
            n.put("scope", a.scope().name().toLowerCase(Locale.ROOT));
            n.put("key", a.key());
            n.put("level", a.level().percent() + "%");
            n.put("label", a.level().label());
            putDecimal(n, "sharePercent", a.share());
            n.put("actual", money(a.actual()));
            n.put("plan", money(a.plan()));
        }
        ArrayNode outcomes = root.putArray("costPerOutcome");
        for (OutcomePoint p : c.outcomesByUnit()) {
            ObjectNode n = outcomes.addObject();
            n.put("unit", p.unit());
            n.put("count", p.count());
            n.put("cost", money(p.cost()));
            putMoney(n, "costPerOutcome", p.costPerOutcome());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode epic(EpicComparison e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("epic", e.epicKey());
        n.put("title", e.epic() == null ? "" : e.epic().title());
        n.put("team", e.epic() == null ? "" : e.epic().team());
        n.put("size", e.line().size().name());
        n.put("tier", e.line().tier().label());
        n.put("effort", e.line().effort().label());
        ArrayNode flags = n.putArray("flags");
        for (Flag f : Flag.values()) {
            if (e.plan().has(f)) {
                flags.add(f.label());
            }
        }
        n.put("willingness", money(e.line().willingness()));
        ObjectNode plan = n.putObject("plan");
        plan.put("labour", money(e.plannedLabour()));
        plan.put("tokens", money(e.tokens().plan()));
        plan.put("tooling", money(e.tooling().plan()));
        plan.put("risk", money(e.riskPlanned()));
        plan.put("total", money(e.plan().cost()));
        plan.put("comparedTotal", money(e.total().plan()));
        ObjectNode actual = n.putObject("actual");
        putMoney(actual, "labour", e.hoursEntered() ? e.labour().actual() : null);
        actual.put("tokens", money(e.tokens().actual()));
        actual.put("tooling", money(e.tooling().actual()));
        actual.put("riskUsed", money(e.riskUsed()));
        actual.put("total", money(e.total().actual()));
        actual.put("atBookPrice", money(e.actualAtBook()));
        ObjectNode variance = n.putObject("variance");
        putMoney(variance, "labour", e.hoursEntered() ? e.labour().variance() : null);
        variance.put("tokens", money(e.tokens().variance()));
        variance.put("tooling", money(e.tooling().variance()));
        variance.put("total", money(e.total().variance()));
        putDecimal(variance, "totalPercent", e.total().percent());
        variance.put("beyondRiskReserve", money(e.overReserve()));
        ObjectNode hours = n.putObject("hours");
        hours.put("planned", e.line().totalHours().stripTrailingZeros().toPlainString());
        putDecimal(hours, "actual", e.actualHours());
        hours.put("entered", e.hoursEntered());
        TokenVariance tv = e.tokenVariance();
        ObjectNode tokens = n.putObject("tokens");
        tokens.put("planned", tv.plannedTokens().stripTrailingZeros().toPlainString());
        putDecimal(tokens, "actual", tv.actualTokens());
        tokens.put("plannedBlendedPricePerMillion", tv.plannedBlendedPrice().stripTrailingZeros().toPlainString());
        VarianceSplit split = tv.split();
        putMoney(n, "volume", split == null ? null : split.volume());
        putMoney(n, "mix", split == null ? null : split.mix());
        putMoney(n, "price", split == null ? null : split.price());
        if (split == null) {
            n.put("splitNotAvailable", tv.unavailableReason());
        } else {
            n.putNull("splitNotAvailable");
            ArrayNode byModel = n.putArray("byModel");
            for (ModelUsage u : tv.byModel()) {
                ObjectNode m = byModel.addObject();
                m.put("model", u.model());
                m.put("tokens", u.tokens().stripTrailingZeros().toPlainString());
                m.put("rateCardCost", money(u.rateCardCost()));
                m.put("actualCost", money(u.actualCost()));
                m.put("mix", money(u.mix(tv.plannedBlendedPrice())));
                m.put("price", money(u.price()));
            }
        }
        n.put("overPlan", e.overPlan());
        n.put("overZ", e.overZ());
        n.put("overZAtBookPriceOnly", e.overZOnlyAtBook());
        if (e.alert().percent() == 0) {
            n.putNull("alert");
        } else {
            n.put("alert", e.alert().percent() + "%");
        }
        if (e.outcome() == null) {
            n.putNull("outcome");
        } else {
            ObjectNode o = n.putObject("outcome");
            o.put("count", e.outcome().count());
            o.put("unit", e.outcome().unit());
        }
        putMoney(n, "costPerOutcome", e.costPerOutcome());
        ArrayNode trend = n.putArray("costPerOutcomeTrend");
        for (OutcomePoint p : e.outcomeTrend()) {
            ObjectNode t = trend.addObject();
            t.put("sprint", p.sprint());
            t.put("count", p.count());
            putMoney(t, "costPerOutcome", p.costPerOutcome());
        }
        n.put("billingLines", e.billingLines());
        return n;
    }

    private static ObjectNode row(SpendRow r) {
        ObjectNode n = MAPPER.createObjectNode();
        if (r.key() != null) {
            n.put("epic", r.key());
        }
        n.put("label", r.label());
        n.put("lines", r.lines());
        n.put("tokens", money(r.tokens()));
        n.put("tooling", money(r.tooling()));
        n.put("total", money(r.total()));
        ObjectNode v = n.putObject("byVendor");
        for (Map.Entry<String, BigDecimal> e : r.byVendor().entrySet()) {
            v.put(e.getKey(), money(e.getValue()));
        }
        return n;
    }

    private static ObjectNode totals(ComparisonTotals t) {
        ObjectNode n = MAPPER.createObjectNode();
        category(n.putObject("labour"), t.labour());
        category(n.putObject("tokens"), t.tokens());
        category(n.putObject("tooling"), t.tooling());
        ObjectNode risk = n.putObject("risk");
        risk.put("plan", money(t.riskPlanned()));
        risk.put("used", money(t.riskUsed()));
        category(n.putObject("total"), t.total());
        n.put("volume", money(t.split().volume()));
        n.put("mix", money(t.split().mix()));
        n.put("price", money(t.split().price()));
        n.put("linesWithSplit", t.linesWithSplit());
        n.put("linesWithoutSplit", t.linesWithoutSplit());
        n.put("linesWithoutHours", t.linesWithoutHours());
        n.put("unplannedEpics", money(t.unplannedEpics()));
        n.put("unattributed", money(t.unattributed()));
        n.put("outsideSprint", money(t.outsideSprint()));
        n.put("grandActual", money(t.grandActual()));
        n.put("billingInComparison", money(t.billingInComparison()));
        n.put("importedTotal", money(t.importedTotal()));
        n.put("inOtherSprints", money(t.inOtherSprints()));
        n.put("reconciles", t.reconciles());
        n.put("importedFiles", t.batches());
        n.put("billingLines", t.billingLines());
        return n;
    }

    private static void category(ObjectNode n, CategoryFigures f) {
        n.put("plan", money(f.plan()));
        n.put("actual", money(f.actual()));
        n.put("variance", money(f.variance()));
        putDecimal(n, "percent", f.percent());
    }

    private static ObjectNode subsidy(ActualSubsidy s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("linesAffected", s.linesAffected());
        n.put("lines", s.lines());
        n.put("share", s.share().toPlainString());
        n.put("warning", s.warning());
        n.put("actual", money(s.actual()));
        n.put("atBookPrice", money(s.atBook()));
        n.put("subsidy", money(s.subsidy()));
        n.put("overZAtBookPrice", money(s.overZAtBook()));
        ArrayNode a = n.putArray("affected");
        s.affected().forEach(a::add);
        return n;
    }

    private static String money(BigDecimal v) {
        return Money.plain(v);
    }

    private static void putMoney(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, Money.plain(v));
        }
    }

    private static void putDecimal(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v.stripTrailingZeros().toPlainString());
        }
    }
}
