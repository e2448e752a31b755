package app.envelope.cli;

import app.envelope.domain.CategoryTotals;
import app.envelope.domain.CostLine;
import app.envelope.domain.Epic;
import app.envelope.domain.Fit;
import app.envelope.domain.Flag;
import app.envelope.domain.FundLineEntry;
import app.envelope.domain.LineCost;
import app.envelope.domain.Money;
import app.envelope.domain.PlanLine;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** The {@code plan --json} document. Every amount is a decimal string at full precision. */
final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    static String write(Sprint sprint, SprintEvaluation eval, Map<String, Epic> epics, String currency) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode s = root.putObject("sprint");
        s.put("name", sprint.name());
        s.put("start", sprint.start().toString());
        s.put("end", sprint.end().toString());
        s.put("status", sprint.status().name().toLowerCase(Locale.ROOT));
        s.put("pricedAsOf", sprint.start().toString());
        s.put("currency", currency);
        s.put("budget", Money.plain(sprint.budget()));

        ArrayNode lines = root.putArray("lines");
        for (CostLine cl : eval.lines()) {
            lines.add(line(cl, epics.get(cl.line().epicKey()), eval.fundLine().get(cl.line().id())));
        }
        CategoryTotals t = eval.totals();
        ObjectNode totals = root.putObject("totals");
        totals.put("labour", Money.plain(t.labour()));
        totals.put("tokens", Money.plain(t.tokens()));
        totals.put("tooling", Money.plain(t.tooling()));
        totals.put("risk", Money.plain(t.risk()));
        totals.put("cost", Money.plain(t.cost()));
        totals.put("value", Money.plain(t.value()));
        totals.put("willingness", Money.plain(t.willingness()));
        totals.put("netValue", Money.plain(t.netValue()));
        totals.put("budget", Money.plain(eval.budget()));
        totals.put("budgetHeadroom", Money.plain(eval.budgetHeadroom()));
        ObjectNode fits = root.putObject("fitCounts");
        for (Fit f : Fit.values()) {
            fits.put(f.label(), eval.count(f));
        }
        ObjectNode sub = root.putObject("subsidyExposure");
        sub.put("linesAffected", eval.subsidy().linesAffected());
        sub.put("lines", eval.subsidy().lines());
        sub.put("share", eval.subsidy().share().toPlainString());
        sub.put("warning", eval.subsidy().warning());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode line(CostLine cl, Epic epic, FundLineEntry fund) {
        PlanLine l = cl.line();
        LineCost c = cl.cost();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("epic", l.epicKey());
        n.put("title", epic == null ? "" : epic.title());
        n.put("team", epic == null ? "" : epic.team());
        n.put("value", Money.plain(l.value()));
        n.put("valueBasis", l.valueBasis().label());
        n.put("willingness", Money.plain(l.willingness()));
        n.put("size", l.size().name());
        n.put("tier", l.tier().label());
        n.put("effort", l.effort().label());
        n.put("autonomy", l.autonomy().label());
        n.put("bounded", l.bounded());
        n.put("labourHours", l.labourHours().toPlainString());
        n.put("reviewHours", l.reviewHours().toPlainString());
        n.put("tokensP50", c.tokensP50().stripTrailingZeros().toPlainString());
        n.put("tokensP90", c.tokensP90().stripTrailingZeros().toPlainString());
        n.put("blendedPricePerMillion", c.blendedPrice().stripTrailingZeros().toPlainString());
        n.put("L", Money.plain(c.labour()));
        n.put("T50", Money.plain(c.t50()));
        n.put("T90", Money.plain(c.t90()));
        n.put("U", Money.plain(c.tooling()));
        n.put("R", Money.plain(c.risk()));
        n.put("riskOverridden", c.riskOverridden());
        n.put("C", Money.plain(c.cost()));
        putNullable(n, "valueDensity", c.valueDensity());
        n.put("netValue", Money.plain(c.netValue()));
        n.put("headroom", Money.plain(c.headroom()));
        n.put("tokenEnvelope", Money.plain(c.tokenEnvelope()));
        n.put("fit", c.fit().label());
        n.put("fitAtBookPrice", cl.bookFit().label());
        ArrayNode flags = n.putArray("flags");
        for (Flag f : Flag.values()) {
            if (c.has(f)) {
                flags.add(f.label());
            }
        }
        n.put("funded", l.funded());
        if (fund != null) {
            n.put("fundRank", fund.rank());
            n.put("cumulativeCost", Money.plain(fund.cumulativeCost()));
            n.put("aboveFundLine", fund.withinBudget());
        }
        return n;
    }

    private static void putNullable(ObjectNode n, String field, BigDecimal v) {
        if (v == null) {
            n.putNull(field);
        } else {
            n.put(field, v.stripTrailingZeros().toPlainString());
        }
    }
}
