package app.envelope.service;

import app.envelope.domain.BillingLine;
import app.envelope.domain.Epic;
import app.envelope.domain.Pricing;
import app.envelope.domain.RateCard;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintEvaluation;
import app.envelope.domain.WorkTags;
import app.envelope.domain.actuals.ComparisonTotals;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.SpendCell;
import app.envelope.domain.actuals.SpendRow;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.TokenVariance;
import app.envelope.domain.actuals.ToolingClassifier;
import app.envelope.domain.actuals.VarianceSplit;
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
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Export for finance": loads the chosen sprints, their plan lines and prices and the stored
 * billing, builds the report layer's {@link WorkbookInput} and writes the workbook atomically.
 * Used by the app and by the {@code export} command alike.
 */
public final class FinanceExport {
    private final Store store;
    private final Clock clock;
    private final CompareService compare;

    public FinanceExport(Store store) {
        this(store, Clock.systemDefaultZone());
    }

    public FinanceExport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.compare = new CompareService(store);
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
     * Plan against actual for the exported sprints. The per-sprint totals and the per-epic
     * comparison (planned and actual tokens and tooling, and the token variance's volume / mix /
     * price split where the billing lines allow it) come from {@link CompareService}, the same
     * figures as the Compare screen and {@code compare --json} (docs/variance.md). The Actuals and
     * Unattributed sheets' groups (by vendor and model; by source) are summed here from the stored
     * billing lines, classified into tokens and tooling by the same {@link ToolingClassifier}.
     */
    ActualsInput actuals(List<SprintPlan> plans, RateCard card, ExportProgress progress, BooleanSupplier cancelled) {
        progress.update("Comparing plan and actual", 0, 0);
        List<SprintComparison> comparisons = compare.compare(plans.stream().map(SprintPlan::sprint).toList());
        List<SprintActuals> sprints = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            sprints.add(sprintActuals(plans.get(i).number(), comparisons.get(i)));
        }
        Map<Long, Integer> numberOf = new HashMap<>();
        plans.forEach(p -> numberOf.put(p.sprint().id(), p.number()));
        Map<Long, String> files = new HashMap<>();
        for (Batch b : store.billing().batches()) {
            files.put(b.id(), b.fileName());
        }
        ToolingClassifier tooling = new ToolingClassifier(card.tooling());
        Map<String, Boolean> toolingCache = new HashMap<>();
        Map<GroupKey, Sum> groups = new HashMap<>();
        Map<SourceKey, Sum> sources = new HashMap<>();
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
                    + Objects.toString(l.sku(), ""), k -> tooling.isTooling(new SpendCell(sl.batchId(), sl.sprintId(),
                    sl.epicKey(), l.vendor(), l.product(), l.sku(), l.model(), l.unit(), l.tokenType(), 1, l.tokens(),
                    l.effectiveCost(), l.listCost())));
            String category = isTooling ? ActualGroup.TOOLING : ActualGroup.TOKENS;
            groups.computeIfAbsent(new GroupKey(number, sl.epicKey(), l.vendor(), Objects.toString(l.model(), ""), category),
                    k -> new Sum()).add(sl);
            if (sl.epicKey() == null) {
                String[] source = source(l);
                sources.computeIfAbsent(new SourceKey(number, files.getOrDefault(sl.batchId(), ""), l.vendor(), source[0],
                        source[1], Objects.toString(l.product(), "")), k -> new Sum()).add(sl);
            }
        });
        List<ActualGroup> groupRows = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(GroupKey.ORDER))
                .map(e -> e.getValue().toGroup(e.getKey())).toList();
        List<UnattributedGroup> sourceRows = sources.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<SourceKey, Sum> e) -> e.getKey().sprintNumber())
                        .thenComparing(e -> e.getValue().effective, Comparator.reverseOrder()))
                .map(e -> e.getValue().toSource(e.getKey())).toList();
        String basis = seen[1] == 0 ? "No billing lines were charged within these sprints (import vendor files in Envelope)."
                : String.format(Locale.ROOT, "Actuals: %,d billing lines charged within these sprints, from %d imported "
                        + "file%s; lines charged outside them are not included. Plan against actual and the volume / mix "
                        + "/ price split are Envelope's own (Compare screen; definitions in docs/variance.md).",
                        seen[1], batchesSeen.size(), batchesSeen.size() == 1 ? "" : "s");
        return new ActualsInput(sprints, groupRows, sourceRows, true, basis);
    }

    /** One sprint's comparison as the workbook's rows: planned epics, then unplanned epics, then the unattributed spend. */
    static SprintActuals sprintActuals(int number, SprintComparison c) {
        List<EpicVariance> rows = new ArrayList<>();
        for (EpicComparison e : c.epics()) {
            TokenVariance tv = e.tokenVariance();
            VarianceSplit split = tv.split();
            rows.add(new EpicVariance(e.epicKey(), e.tokens().plan(), e.tokens().actual(), e.tooling().plan(),
                    e.tooling().actual(), split == null ? null : split.volume(), split == null ? null : split.mix(),
                    split == null ? null : split.price(), tv.unavailableReason()));
        }
        for (SpendRow u : c.unplannedEpics()) {
            rows.add(new EpicVariance(u.key(), BigDecimal.ZERO, u.tokens(), BigDecimal.ZERO, u.tooling(), null, null, null,
                    "billed to this epic, which is not planned in the sprint"));
        }
        SpendRow none = c.unattributed();
        if (none != null && none.total().signum() != 0) {
            rows.add(new EpicVariance(null, BigDecimal.ZERO, none.tokens(), BigDecimal.ZERO, none.tooling(), null, null,
                    null, "no attribution rule maps this spend to an epic"));
        }
        ComparisonTotals t = c.totals();
        BigDecimal total = t.tokens().actual().add(t.tooling().actual()).add(t.unplannedEpics()).add(t.unattributed());
        return new SprintActuals(number, total, t.unattributed(), rows);
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
