package app.envelope.domain.actuals;

import app.envelope.domain.CostModel;
import app.envelope.domain.Epic;
import app.envelope.domain.LineCost;
import app.envelope.domain.ModelPrice;
import app.envelope.domain.PlanLine;
import app.envelope.domain.PriceBasis;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.TokenMix;
import app.envelope.domain.TokenPrices;
import app.envelope.domain.TokenType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link SprintComparison}: pure and exact. Every definition is in docs/variance.md; in
 * short, per plan line, priced at the sprint's start:
 * <ul>
 *   <li>tokens: T50 against the effective cost of the epic's non-tooling billing lines charged in
 *       the sprint, split into volume, mix and price when every one of them carries a token count
 *       of a rate-card model;</li>
 *   <li>tooling: U against the epic's billing lines whose product or SKU is a tooling item;</li>
 *   <li>labour: L against actual hours x the line's rate; without hours entered labour is unknown
 *       and left out of the line's plan and actual alike (never assumed);</li>
 *   <li>risk: the part of R the token overrun used;</li>
 *   <li>total: C (less L without hours) against labour + tokens + tooling; over plan when above
 *       it, over Z when above Z.</li>
 * </ul>
 */
public final class Comparer {
    private Comparer() {
    }

    public static SprintComparison compare(CompareInput in) {
        Sprint sprint = in.sprint();
        RateCard card = in.rateCard();
        Pricing pricing = card.asOf(sprint.start());
        Map<String, ModelPrice> prices = RateCard.inForce(card.prices(), sprint.start());
        ToolingClassifier tooling = new ToolingClassifier(RateCard.inForce(card.tooling(), sprint.start()).values());
        ModelResolver resolver = new ModelResolver(card.models());

        Set<Long> batches = new HashSet<>();
        long sprintLines = 0;
        for (SpendCell c : in.cells()) {
            if (c.sprintId() != null && c.sprintId() == sprint.id()) {
                batches.add(c.batchId());
                sprintLines += c.lines();
            }
        }
        Map<String, List<SpendCell>> byEpic = new LinkedHashMap<>();
        List<SpendCell> unattributed = new ArrayList<>();
        List<SpendCell> outside = new ArrayList<>();
        BigDecimal imported = BigDecimal.ZERO;
        BigDecimal otherSprints = BigDecimal.ZERO;
        for (SpendCell c : in.cells()) {
            if (!batches.contains(c.batchId())) {
                continue;
            }
            imported = imported.add(c.effective());
            if (c.sprintId() == null) {
                outside.add(c);
            } else if (c.sprintId() != sprint.id()) {
                otherSprints = otherSprints.add(c.effective());
            } else if (c.epicKey() == null) {
                unattributed.add(c);
            } else {
                byEpic.computeIfAbsent(c.epicKey(), k -> new ArrayList<>()).add(c);
            }
        }

        List<EpicComparison> epics = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        for (PlanLine line : in.lines()) {
            planned.add(line.epicKey());
            epics.add(line(line, in, pricing, prices, tooling, resolver,
                    byEpic.getOrDefault(line.epicKey(), List.of())));
        }
        List<SpendRow> unplanned = new ArrayList<>();
        for (Map.Entry<String, List<SpendCell>> e : byEpic.entrySet()) {
            if (!planned.contains(e.getKey())) {
                Epic epic = in.epics().get(e.getKey());
                String title = epic == null || epic.title().isEmpty() ? "" : " " + epic.title();
                unplanned.add(row(SpendRow.Kind.UNPLANNED_EPIC, e.getKey(), e.getKey() + title + " (not planned this sprint)",
                        e.getValue(), tooling));
            }
        }
        unplanned.sort(Comparator.comparing(SpendRow::total).reversed());
        SpendRow unattributedRow = row(SpendRow.Kind.UNATTRIBUTED, null, "Unattributed (no rule matched)",
                unattributed, tooling);
        SpendRow outsideRow = row(SpendRow.Kind.OUTSIDE_SPRINT, null, "Outside any sprint (same files)", outside, tooling);

        ComparisonTotals totals = totals(epics, unplanned, unattributedRow, outsideRow, imported, otherSprints,
                batches.size(), sprintLines);
        return new SprintComparison(sprint, pricing.currency(), epics, unplanned, unattributedRow, outsideRow, totals,
                subsidy(epics), alerts(sprint, epics, totals), outcomesByUnit(sprint, epics));
    }

    private static EpicComparison line(PlanLine line, CompareInput in, Pricing pricing, Map<String, ModelPrice> prices,
                                       ToolingClassifier tooling, ModelResolver resolver, List<SpendCell> cells) {
        LineCost plan = CostModel.cost(line, pricing, PriceBasis.EFFECTIVE);
        TokenMix mix = pricing.tier(line.tier()).mix();
        BigDecimal tokenActual = BigDecimal.ZERO;
        BigDecimal toolingActual = BigDecimal.ZERO;
        BigDecimal book = BigDecimal.ZERO;
        BigDecimal tokenCount = BigDecimal.ZERO;
        long billingLines = 0;
        long linesWithoutTokens = 0;
        Set<String> vendorsWithoutTokens = new TreeSet<>();
        Set<String> unknownModels = new TreeSet<>();
        Set<String> unpricedModels = new TreeSet<>();
        Map<String, ModelUsage> usage = new TreeMap<>();
        for (SpendCell c : cells) {
            billingLines += c.lines();
            if (tooling.isTooling(c)) {
                toolingActual = toolingActual.add(c.effective());
                book = book.add(c.list() != null ? c.list() : c.effective());
                continue;
            }
            tokenActual = tokenActual.add(c.effective());
            Optional<String> model = resolver.resolve(c.modelText());
            ModelPrice price = model.map(prices::get).orElse(null);
            BigDecimal cellBook = c.list() != null ? c.list() : c.effective();
            if (c.tokens() == null) {
                linesWithoutTokens += c.lines();
                vendorsWithoutTokens.add(c.vendor());
                tokenCount = null;
            } else {
                if (tokenCount != null) {
                    tokenCount = tokenCount.add(c.tokens());
                }
                if (model.isEmpty()) {
                    unknownModels.add(c.modelText() == null ? "(no model)" : c.modelText());
                } else if (price == null) {
                    unpricedModels.add(model.get());
                } else {
                    BigDecimal rc = rateCardCost(c.tokens(), c.tokenType(), price.effective(), mix);
                    usage.merge(model.get(), new ModelUsage(model.get(), c.tokens(), rc, c.effective()),
                            (a, b) -> a.plus(b.tokens(), b.rateCardCost(), b.actualCost()));
                    if (c.list() == null) {
                        cellBook = rateCardCost(c.tokens(), c.tokenType(), price.book(), mix);
                    }
                }
            }
            book = book.add(cellBook);
        }
        String reason = reason(linesWithoutTokens, vendorsWithoutTokens, unknownModels, unpricedModels, pricing);
        List<ModelUsage> byModel = List.copyOf(usage.values());
        VarianceSplit split = reason == null ? VarianceSplit.of(plan.tokensP50(), plan.blendedPrice(), byModel) : null;
        TokenVariance tv = new TokenVariance(plan.tokensP50(), plan.blendedPrice(), plan.t50(), tokenCount, tokenActual,
                split, reason == null ? byModel : List.of(), reason);

        LineActual entered = in.actuals().getOrDefault(line.id(), LineActual.none(line.id()));
        boolean hours = entered.hours() != null;
        BigDecimal labourActual = hours ? entered.hours().multiply(plan.labourRate()) : BigDecimal.ZERO;
        // Without hours entered, labour is unknown, not zero: the line's totals leave labour out on both sides.
        BigDecimal totalPlan = hours ? plan.cost() : plan.cost().subtract(plan.labour());
        BigDecimal overrun = tokenActual.subtract(plan.t50());
        BigDecimal riskUsed = overrun.signum() <= 0 ? BigDecimal.ZERO : overrun.min(plan.risk());
        BigDecimal overReserve = overrun.subtract(plan.risk()).max(BigDecimal.ZERO);
        BigDecimal totalActual = labourActual.add(tokenActual).add(toolingActual);
        BigDecimal atBook = labourActual.add(book);
        Outcome outcome = entered.outcome();
        BigDecimal perOutcome = perOutcome(totalActual, outcome);
        List<OutcomePoint> trend = new ArrayList<>();
        if (outcome != null) {
            for (OutcomePoint p : in.earlierOutcomes().getOrDefault(line.epicKey(), List.of())) {
                if (p.unit().equalsIgnoreCase(outcome.unit()) && p.sprintStart().isBefore(in.sprint().start())) {
                    trend.add(p);
                }
            }
            trend.sort(Comparator.comparing(OutcomePoint::sprintStart));
            trend.add(new OutcomePoint(in.sprint().name(), in.sprint().start(), outcome.unit(), outcome.count(),
                    totalActual, perOutcome));
        }
        return new EpicComparison(line, in.epics().get(line.epicKey()), plan,
                new CategoryFigures(hours ? plan.labour() : BigDecimal.ZERO, labourActual), entered.hours(),
                new CategoryFigures(plan.t50(), tokenActual), tv, new CategoryFigures(plan.tooling(), toolingActual),
                riskUsed, overReserve, new CategoryFigures(totalPlan, totalActual), atBook,
                AlertLevel.of(totalActual, totalPlan), outcome, perOutcome, trend, billingLines);
    }

    /**
     * Tokens at rate-card prices per million: at the price of their kind when the line says which
     * kind they are, else at the model's price blended with the plan tier's token mix.
     */
    static BigDecimal rateCardCost(BigDecimal tokens, TokenType type, TokenPrices prices, TokenMix planMix) {
        BigDecimal perMillion = type != null ? prices.get(type) : planMix.blend(prices);
        return CostModel.tokenCost(tokens, perMillion);
    }

    private static String reason(long linesWithoutTokens, Set<String> vendors, Set<String> unknownModels,
                                 Set<String> unpricedModels, Pricing pricing) {
        List<String> parts = new ArrayList<>();
        if (linesWithoutTokens > 0) {
            parts.add("no token counts on " + linesWithoutTokens + " billing line" + (linesWithoutTokens == 1 ? "" : "s")
                    + " (" + String.join(", ", vendors) + ")");
        }
        if (!unknownModels.isEmpty()) {
            parts.add("model not on the rate card: " + String.join(", ", unknownModels));
        }
        if (!unpricedModels.isEmpty()) {
            parts.add("no rate-card price on " + pricing.asOf() + " for " + String.join(", ", unpricedModels));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    static BigDecimal perOutcome(BigDecimal cost, Outcome outcome) {
        if (outcome == null || outcome.count() == 0) {
            return null;
        }
        return cost.divide(BigDecimal.valueOf(outcome.count()), 2, RoundingMode.HALF_EVEN);
    }

    private static SpendRow row(SpendRow.Kind kind, String key, String label, List<SpendCell> cells,
                                ToolingClassifier tooling) {
        BigDecimal tokens = BigDecimal.ZERO;
        BigDecimal tool = BigDecimal.ZERO;
        long lines = 0;
        Map<String, BigDecimal> byVendor = new TreeMap<>();
        for (SpendCell c : cells) {
            lines += c.lines();
            if (tooling.isTooling(c)) {
                tool = tool.add(c.effective());
            } else {
                tokens = tokens.add(c.effective());
            }
            byVendor.merge(c.vendor(), c.effective(), BigDecimal::add);
        }
        return new SpendRow(kind, key, label, lines, tokens, tool, byVendor);
    }

    private static ComparisonTotals totals(List<EpicComparison> epics, List<SpendRow> unplanned, SpendRow unattributed,
                                           SpendRow outside, BigDecimal imported, BigDecimal otherSprints, int batches,
                                           long billingLines) {
        CategoryFigures labour = CategoryFigures.ZERO;
        CategoryFigures tokens = CategoryFigures.ZERO;
        CategoryFigures tooling = CategoryFigures.ZERO;
        CategoryFigures total = CategoryFigures.ZERO;
        BigDecimal riskPlanned = BigDecimal.ZERO;
        BigDecimal riskUsed = BigDecimal.ZERO;
        VarianceSplit split = VarianceSplit.ZERO;
        int withSplit = 0;
        int withoutSplit = 0;
        int withoutHours = 0;
        for (EpicComparison e : epics) {
            if (!e.hoursEntered()) {
                withoutHours++;
            }
            labour = labour.plus(e.labour());
            tokens = tokens.plus(e.tokens());
            tooling = tooling.plus(e.tooling());
            total = total.plus(e.total());
            riskPlanned = riskPlanned.add(e.riskPlanned());
            riskUsed = riskUsed.add(e.riskUsed());
            if (e.tokenVariance().splitAvailable()) {
                split = split.plus(e.tokenVariance().split());
                withSplit++;
            } else {
                withoutSplit++;
            }
        }
        BigDecimal unplannedTotal = unplanned.stream().map(SpendRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        total = total.plus(new CategoryFigures(BigDecimal.ZERO, unplannedTotal.add(unattributed.total())));
        return new ComparisonTotals(labour, tokens, tooling, riskPlanned, riskUsed, unplannedTotal, unattributed.total(),
                outside.total(), total, split, withSplit, withoutSplit, withoutHours, imported, otherSprints, batches,
                billingLines);
    }

    private static ActualSubsidy subsidy(List<EpicComparison> epics) {
        List<String> affected = new ArrayList<>();
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal atBook = BigDecimal.ZERO;
        BigDecimal overZ = BigDecimal.ZERO;
        for (EpicComparison e : epics) {
            actual = actual.add(e.total().actual());
            atBook = atBook.add(e.actualAtBook());
            if (e.overZOnlyAtBook()) {
                affected.add(e.epicKey());
                overZ = overZ.add(e.actualAtBook().subtract(e.line().willingness()));
            }
        }
        return ActualSubsidy.of(affected, epics.size(), actual, atBook, overZ);
    }

    private static List<BudgetAlert> alerts(Sprint sprint, List<EpicComparison> epics, ComparisonTotals totals) {
        List<BudgetAlert> out = new ArrayList<>();
        BudgetAlert s = BudgetAlert.of(BudgetAlert.Scope.SPRINT, sprint.name(), totals.total().actual(),
                totals.total().plan());
        if (s != null) {
            out.add(s);
        }
        List<BudgetAlert> lines = new ArrayList<>();
        for (EpicComparison e : epics) {
            BudgetAlert a = BudgetAlert.of(BudgetAlert.Scope.LINE, e.epicKey(), e.total().actual(), e.total().plan());
            if (a != null) {
                lines.add(a);
            }
        }
        lines.sort(Comparator.comparing(BudgetAlert::level).reversed()
                .thenComparing(a -> a.share() == null ? BigDecimal.valueOf(Long.MAX_VALUE) : a.share(),
                        Comparator.reverseOrder())
                .thenComparing(BudgetAlert::key));
        out.addAll(lines);
        return out;
    }

    private static List<OutcomePoint> outcomesByUnit(Sprint sprint, List<EpicComparison> epics) {
        Map<String, long[]> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, BigDecimal> costs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (EpicComparison e : epics) {
            if (e.outcome() != null) {
                counts.computeIfAbsent(e.outcome().unit(), u -> new long[1])[0] += e.outcome().count();
                costs.merge(e.outcome().unit(), e.total().actual(), BigDecimal::add);
            }
        }
        List<OutcomePoint> out = new ArrayList<>();
        for (Map.Entry<String, long[]> c : counts.entrySet()) {
            long n = c.getValue()[0];
            BigDecimal cost = costs.get(c.getKey());
            out.add(new OutcomePoint(sprint.name(), sprint.start(), c.getKey(), n, cost,
                    perOutcome(cost, n == 0 ? null : new Outcome(n, c.getKey()))));
        }
        return out;
    }
}
