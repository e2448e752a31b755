package app.envelope.service;

import app.envelope.domain.BillingLine;
import app.envelope.domain.CostLine;
import app.envelope.domain.Epic;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.ToolingItem;
import app.envelope.domain.WorkTags;
import app.envelope.report.ActualGroup;
import app.envelope.report.ActualsInput;
import app.envelope.report.EpicVariance;
import app.envelope.report.ExportCancelledException;
import app.envelope.report.ExportProgress;
import app.envelope.report.FinanceWorkbook;
import app.envelope.report.SprintActuals;
import app.envelope.report.SprintPlan;
import app.envelope.report.UnattributedGroup;
import app.envelope.report.WorkbookInput;
import app.envelope.store.BillingRepository.Batch;
import app.envelope.store.BillingRepository.StoredLine;
import app.envelope.store.Store;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Export for finance": loads the chosen sprints, their plan lines and prices and the stored
 * billing, builds the report layer's {@link WorkbookInput} and writes the workbook atomically.
 * Used by the app and by the {@code export} command alike.
 */
public final class FinanceExport {
    private final Store store;
    private final Clock clock;

    public FinanceExport(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public FinanceExport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Result(Path file, int sprints, int lines, long bytes, Duration took) {
    }

    /** Every sprint, oldest first: the order (and numbering) of the workbook. */
    public List<Sprint> sprints() {
        List<Sprint> all = new ArrayList<>(store.portfolio().sprints());
        all.sort(Comparator.comparing(Sprint::start).thenComparing(Sprint::name));
        return all;
    }

    /**
     * The sprints named (every sprint when {@code names} is empty), oldest first.
     *
     * @throws IllegalArgumentException naming an unknown sprint and listing the known ones
     */
    public List<Sprint> resolve(List<String> names) {
        List<Sprint> all = sprints();
        if (names.isEmpty()) {
            return all;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : names) {
            String name = n.strip();
            if (all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("no sprint named \"" + name + "\" (sprints: "
                        + all.stream().map(Sprint::name).collect(Collectors.joining(", ")) + ")");
            }
            wanted.add(name);
        }
        return all.stream().filter(s -> wanted.contains(s.name())).toList();
    }

    /** Builds and writes the workbook for {@code sprints} to {@code target}, atomically. */
    public Result export(Path target, List<Sprint> sprints, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        long t0 = System.nanoTime();
        WorkbookInput input = assemble(sprints, progress, cancelled);
        FinanceWorkbook.write(input, target, progress, cancelled);
        return new Result(target.toAbsolutePath(), input.sprints().size(), input.lineCount(), Files.size(target),
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The workbook's input for {@code sprints}: each evaluated at the rate card of its start date, with its actuals. */
    public WorkbookInput assemble(List<Sprint> sprints, ExportProgress progress, BooleanSupplier cancelled) {
        progress.update("Reading the plan", 0, 0);
        RateCard card = store.rateCard().load();
        List<Sprint> ordered = new ArrayList<>(sprints);
        ordered.sort(Comparator.comparing(Sprint::start).thenComparing(Sprint::name));
        List<SprintPlan> plans = new ArrayList<>();
        for (Sprint s : ordered) {
            if (cancelled.getAsBoolean()) {
                throw new ExportCancelledException();
            }
            Pricing pricing = card.asOf(s.start());
            SprintEvaluation eval;
            try {
                eval = SprintEvaluation.evaluate(store.portfolio().planLines(s.id()), pricing, s.budget());
            } catch (IllegalStateException e) {
                throw new IllegalStateException(s.name() + " cannot be priced: " + e.getMessage(), e);
            }
            plans.add(new SprintPlan(plans.size() + 1, s, pricing, eval));
        }
        Map<String, Epic> epics = store.portfolio().epics().stream()
                .collect(Collectors.toMap(Epic::key, Function.identity(), (a, b) -> a));
        ActualsInput actuals = actuals(plans, card, progress, cancelled);
        String name = store.path().getFileName().toString().replaceFirst("\\.mv\\.db$", "");
        return new WorkbookInput(name, card.currency(), LocalDateTime.now(clock), card, epics, plans, actuals);
    }

    /**
     * THE SEAM for plan against actual. Today the actuals come straight from the stored billing
     * lines: actual by epic = effective cost (in the portfolio currency) of the lines attributed to
     * the epic and charged within the sprint, split into tokens and tooling by the rate card's
     * tooling patterns; no volume / mix / price split. When the compare service exists, this one
     * method is where it plugs in (its per-epic comparison fills {@link EpicVariance} with the split).
     */
    ActualsInput actuals(List<SprintPlan> plans, RateCard card, ExportProgress progress, BooleanSupplier cancelled) {
        Map<Long, Integer> numberOf = new HashMap<>();
        plans.forEach(p -> numberOf.put(p.sprint().id(), p.number()));
        Map<Long, String> files = new HashMap<>();
        for (Batch b : store.billing().batches()) {
            files.put(b.id(), b.fileName());
        }
        List<Pattern> tooling = card.tooling().stream().map(ToolingItem::productPattern).filter(p -> !p.isBlank())
                .distinct().map(FinanceExport::glob).toList();
        Map<String, Boolean> toolingCache = new HashMap<>();
        Map<GroupKey, Sum> groups = new HashMap<>();
        Map<SourceKey, Sum> sources = new HashMap<>();
        Map<Integer, Map<String, Sum[]>> byEpic = new HashMap<>();
        long[] seen = {0, 0};
        Set<Long> batchesSeen = new java.util.HashSet<>();
        store.billing().forEachLine(null, sl -> {
            if (++seen[0] % 20_000 == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new ExportCancelledException();
                }
                progress.update("Reading billing lines", seen[0], 0);
            }
            Integer number = sl.sprintId() == null ? null : numberOf.get(sl.sprintId());
            if (number == null) {
                return;
            }
            seen[1]++;
            batchesSeen.add(sl.batchId());
            BillingLine l = sl.line();
            boolean isTooling = toolingCache.computeIfAbsent(Objects.toString(l.product(), "") + "\u0000"
                    + Objects.toString(l.sku(), ""), k -> matchesAny(tooling, l.product()) || matchesAny(tooling, l.sku()));
            String category = isTooling ? ActualGroup.TOOLING : ActualGroup.TOKENS;
            groups.computeIfAbsent(new GroupKey(number, sl.epicKey(), l.vendor(), Objects.toString(l.model(), ""), category),
                    k -> new Sum()).add(sl);
            Sum[] epic = byEpic.computeIfAbsent(number, k -> new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder())))
                    .computeIfAbsent(sl.epicKey(), k -> new Sum[] {new Sum(), new Sum()});
            epic[isTooling ? 1 : 0].add(sl);
            if (sl.epicKey() == null) {
                String[] source = source(l);
                sources.computeIfAbsent(new SourceKey(number, files.getOrDefault(sl.batchId(), ""), l.vendor(), source[0],
                        source[1], Objects.toString(l.product(), "")), k -> new Sum()).add(sl);
            }
        });
        List<SprintActuals> sprints = new ArrayList<>();
        for (SprintPlan p : plans) {
            sprints.add(sprintActuals(p, byEpic.getOrDefault(p.number(), new HashMap<>())));
        }
        List<ActualGroup> groupRows = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(GroupKey.ORDER))
                .map(e -> e.getValue().toGroup(e.getKey())).toList();
        List<UnattributedGroup> sourceRows = sources.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<SourceKey, Sum> e) -> e.getKey().sprintNumber())
                        .thenComparing(e -> e.getValue().effective, Comparator.reverseOrder()))
                .map(e -> e.getValue().toSource(e.getKey())).toList();
        String basis = seen[1] == 0 ? "No billing lines were charged within these sprints (import vendor files in Envelope)."
                : String.format(Locale.ROOT, "Actuals: %,d billing lines charged within these sprints, from %d imported "
                        + "file%s; lines charged outside them are not included. Variance split (volume, mix, price) not "
                        + "available in this export.", seen[1], batchesSeen.size(), batchesSeen.size() == 1 ? "" : "s");
        return new ActualsInput(sprints, groupRows, sourceRows, false, basis);
    }

    private static SprintActuals sprintActuals(SprintPlan p, Map<String, Sum[]> billed) {
        Map<String, BigDecimal[]> planned = new TreeMap<>();
        for (CostLine cl : p.evaluation().lines()) {
            BigDecimal[] v = planned.computeIfAbsent(cl.line().epicKey(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            v[0] = v[0].add(cl.cost().t50());
            v[1] = v[1].add(cl.cost().tooling());
        }
        Set<String> keys = new java.util.TreeSet<>(planned.keySet());
        billed.keySet().stream().filter(Objects::nonNull).forEach(keys::add);
        List<EpicVariance> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (String key : keys) {
            BigDecimal[] plan = planned.getOrDefault(key, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            Sum[] actual = billed.get(key);
            BigDecimal tokens = actual == null ? BigDecimal.ZERO : actual[0].effective;
            BigDecimal tools = actual == null ? BigDecimal.ZERO : actual[1].effective;
            total = total.add(tokens).add(tools);
            rows.add(new EpicVariance(key, plan[0], tokens, plan[1], tools, null, null, null));
        }
        BigDecimal unattributed = BigDecimal.ZERO;
        Sum[] none = billed.get(null);
        if (none != null) {
            unattributed = none[0].effective.add(none[1].effective);
            total = total.add(unattributed);
            rows.add(new EpicVariance(null, BigDecimal.ZERO, none[0].effective, BigDecimal.ZERO, none[1].effective,
                    null, null, null));
        }
        return new SprintActuals(p.number(), total, unattributed, rows);
    }

    /** The first work tag an unattributed line carries, as {kind, value}; the same order the store groups by. */
    static String[] source(BillingLine l) {
        WorkTags t = l.tags();
        String[][] candidates = {{"repository", t.repository()}, {"project", t.project()}, {"workspace", t.workspace()},
                {"API key", t.apiKeyName()}, {"cost centre", t.costCenter()}, {"user", t.user()}};
        for (String[] c : candidates) {
            if (c[1] != null && !c[1].isBlank()) {
                return c;
            }
        }
        return new String[] {"(no tags)", ""};
    }

    private static boolean matchesAny(List<Pattern> patterns, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (Pattern p : patterns) {
            if (p.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A tooling item's product pattern: {@code *} any run of characters, {@code ?} one; case ignored. */
    static Pattern glob(String glob) {
        StringBuilder b = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                b.append(".*");
            } else if (c == '?') {
                b.append('.');
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private record GroupKey(int sprintNumber, String epicKey, String vendor, String model, String category) {
        static final Comparator<GroupKey> ORDER = Comparator.comparingInt(GroupKey::sprintNumber)
                .thenComparing(GroupKey::epicKey, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(GroupKey::vendor).thenComparing(GroupKey::model).thenComparing(GroupKey::category);
    }

    private record SourceKey(int sprintNumber, String file, String vendor, String kind, String source, String product) {
    }

    /** Running sums of a group of lines, in the portfolio currency; list, billed and tokens stay null until a line has them. */
    private static final class Sum {
        long lines;
        BigDecimal tokens;
        BigDecimal list;
        BigDecimal effective = BigDecimal.ZERO;
        BigDecimal billed;

        void add(StoredLine sl) {
            BillingLine l = sl.line();
            BigDecimal fx = sl.fxRate().compareTo(BigDecimal.ONE) == 0 ? null : sl.fxRate();
            lines++;
            effective = effective.add(convert(l.effectiveCost(), fx));
            if (l.listCost() != null) {
                list = plus(list, convert(l.listCost(), fx));
            }
            if (l.billedCost() != null) {
                billed = plus(billed, convert(l.billedCost(), fx));
            }
            if (l.tokens() != null) {
                tokens = plus(tokens, l.tokens());
            }
        }

        /** Into the portfolio currency; exact (a rate of 1 is skipped, which changes no digit). */
        private static BigDecimal convert(BigDecimal amount, BigDecimal fx) {
            return fx == null ? amount : amount.multiply(fx);
        }

        private static BigDecimal plus(BigDecimal a, BigDecimal b) {
            return a == null ? b : a.add(b);
        }

        ActualGroup toGroup(GroupKey k) {
            return new ActualGroup(k.sprintNumber(), k.epicKey(), k.vendor(), k.model(), k.category(), lines, tokens, list,
                    effective, billed);
        }

        UnattributedGroup toSource(SourceKey k) {
            return new UnattributedGroup(k.sprintNumber(), k.file(), k.vendor(), k.kind(), k.source(), k.product(), lines,
                    list, effective, billed);
        }
    }

    /** The default file name: {@code envelope-finance-2026-11-22.xlsx}. */
    public static String defaultFileName(LocalDate today) {
        return "envelope-finance-" + today + ".xlsx";
    }
}
