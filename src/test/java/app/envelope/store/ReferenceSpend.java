package app.envelope.store;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reference for the store's sums, written independently of them: totals lines one by one, by
 * sprint, by epic and by unattributed source, outside any sprint and per FX rate, as
 * {@link BillingRepository#spend}, {@link BillingRepository#outsideSprints} and
 * {@link BillingRepository#fxUsed} must return them. Each line counts at the values the store
 * keeps: costs rounded half-up to {@link #COST_SCALE} places and the FX rate to {@link #FX_SCALE},
 * then cost x rate, summed exactly. (Until schema version 7 this was the import's running tally,
 * checked against SQL over one row per line; the SQL is gone and the tally now checks the sums.)
 */
final class ReferenceSpend {
    /** Scale the store keeps costs at. */
    public static final int COST_SCALE = 30;
    /** Scale the store keeps FX rates at. */
    public static final int FX_SCALE = 12;
    private static final String SEPARATOR = " · ";

    private final Map<Long, String> sprintNames;
    private final Map<String, Sum> bySprint = new HashMap<>();
    private final Map<String, Sum> byEpic = new HashMap<>();
    private final Map<String, Sum> bySource = new HashMap<>();
    private final Sum outside = new Sum();
    private LocalDate outsideFirst;
    private LocalDate outsideLast;
    private final Map<FxKey, DaySpan> fxUses = new HashMap<>();
    private FxKey lastFxKey;
    private BigDecimal lastFx;
    private Long lastSprintId;
    private Sum lastSprint;

    private record FxKey(String currency, BigDecimal rate) {
    }

    private static final class DaySpan {
        private long lines;
        private LocalDate first;
        private LocalDate last;
    }

    /** @param sprintNames the name of every sprint by id (a line's sprint id that is not here counts as outside any sprint) */
    ReferenceSpend(Map<Long, String> sprintNames) {
        this.sprintNames = Map.copyOf(sprintNames);
    }

    public void add(StoredLine s) {
        BigDecimal fx = stored(s.fxRate(), FX_SCALE);
        BigDecimal list = times(stored(s.line().listCost(), COST_SCALE), fx);
        BigDecimal eff = times(stored(s.line().effectiveCost(), COST_SCALE), fx);
        BigDecimal billed = times(stored(s.line().billedCost(), COST_SCALE), fx);
        sprintSum(s.sprintId()).add(list, eff, billed);
        String epic = s.epicKey();
        byEpic.computeIfAbsent(epic == null ? SpendGroup.UNATTRIBUTED : epic, k -> new Sum()).add(list, eff, billed);
        if (epic == null) {
            bySource.computeIfAbsent(source(s.line()), k -> new Sum()).add(list, eff, billed);
        }
        LocalDate day = s.line().chargeDate();
        if (s.sprintId() == null) {
            outside.add(null, eff, null);
            outsideFirst = outsideFirst == null || day.isBefore(outsideFirst) ? day : outsideFirst;
            outsideLast = outsideLast == null || day.isAfter(outsideLast) ? day : outsideLast;
        }
        fxUse(s.line().currency(), fx, day);
    }

    /** As {@link BillingRepository#outsideSprints}: the lines with no sprint, their effective spend and first and last day. */
    public BillingRepository.Span outsideSprints() {
        return new BillingRepository.Span(outside.lines, outside.effective == null ? BigDecimal.ZERO
                : outside.effective.stripTrailingZeros(), outsideFirst, outsideLast);
    }

    /** As {@link BillingRepository#fxUsed}: per currency and stored rate, the lines and their first and last day; by currency, then first day. */
    public List<BillingRepository.FxUse> fxUsed() {
        List<BillingRepository.FxUse> out = new ArrayList<>(fxUses.size());
        fxUses.forEach((key, u) -> out.add(new BillingRepository.FxUse(key.currency(),
                key.rate() == null ? null : key.rate().stripTrailingZeros(), u.first, u.last, u.lines)));
        out.sort(Comparator.comparing(BillingRepository.FxUse::currency).thenComparing(BillingRepository.FxUse::first)
                .thenComparing(BillingRepository.FxUse::rate, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    private void fxUse(String currency, BigDecimal fx, LocalDate day) {
        FxKey key;
        if (lastFx != null && lastFxKey.currency().equals(currency) && Objects.equals(lastFx, fx)) {
            key = lastFxKey;
        } else {
            // rates group by value as the column stores them: 1.085 and 1.0850 are one rate
            key = new FxKey(currency, fx == null ? null : fx.stripTrailingZeros());
            lastFxKey = key;
            lastFx = fx;
        }
        DaySpan u = fxUses.computeIfAbsent(key, k -> new DaySpan());
        u.lines++;
        u.first = u.first == null || day.isBefore(u.first) ? day : u.first;
        u.last = u.last == null || day.isAfter(u.last) ? day : u.last;
    }

    /** The groups, largest effective spend first (ties by key), as {@link BillingRepository#spend} returns them. */
    public List<SpendGroup> groups(SpendGroup.By by) {
        Map<String, Sum> sums = switch (by) {
            case SPRINT -> bySprint;
            case EPIC -> byEpic;
            case UNATTRIBUTED_SOURCE -> bySource;
        };
        List<SpendGroup> out = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> out.add(sum.toGroup(key)));
        out.sort(Comparator.comparing(SpendGroup::effective, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparing(SpendGroup::key));
        return out;
    }

    private Sum sprintSum(Long sprintId) {
        if (lastSprint != null && Objects.equals(sprintId, lastSprintId)) {
            return lastSprint;
        }
        String name = sprintId == null ? null : sprintNames.get(sprintId);
        Sum sum = bySprint.computeIfAbsent(name == null ? SpendGroup.OUTSIDE_SPRINTS : name, k -> new Sum());
        lastSprintId = sprintId;
        lastSprint = sum;
        return sum;
    }

    /**
     * As {@code JooqBillingRepository.sourceKey}: {@code vendor · product · repository name}, the
     * product falling back to the model then the SKU, the work tag being the first of repository,
     * project, workspace, API key name and cost center, named ({@code no work tags} when none).
     */
    static String source(BillingLine line) {
        WorkTags t = line.tags();
        String product = first(line.product(), line.model(), line.sku());
        String work = t.repository() != null ? "repository " + t.repository()
                : t.project() != null ? "project " + t.project()
                : t.workspace() != null ? "workspace " + t.workspace()
                : t.apiKeyName() != null ? "API key " + t.apiKeyName()
                : t.costCenter() != null ? "cost center " + t.costCenter()
                : "no work tags";
        return line.vendor() + SEPARATOR + (product == null ? "" : product + SEPARATOR) + work;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) return v;
        }
        return null;
    }

    /** The value as a {@code DECIMAL(p, scale)} column keeps it (the trailing zeros it pads do not change the value). */
    private static BigDecimal stored(BigDecimal v, int scale) {
        return v == null || v.scale() <= scale ? v : v.setScale(scale, RoundingMode.HALF_UP);
    }

    /** cost x rate as SQL computes it: null when either is null; a rate of exactly 1 leaves the cost as it is. */
    private static BigDecimal times(BigDecimal cost, BigDecimal fx) {
        if (cost == null || fx == null) return null;
        return fx.compareTo(BigDecimal.ONE) == 0 ? cost : cost.multiply(fx);
    }

    /** One group's running sums; each stays null until a line has a value for it (SQL SUM skips nulls). */
    private static final class Sum {
        private long lines;
        private BigDecimal list;
        private BigDecimal effective;
        private BigDecimal billed;

        void add(BigDecimal l, BigDecimal e, BigDecimal b) {
            lines++;
            list = plus(list, l);
            effective = plus(effective, e);
            billed = plus(billed, b);
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal v) {
            return v == null ? sum : sum == null ? v : sum.add(v);
        }

        SpendGroup toGroup(String key) {
            return new SpendGroup(key, lines, strip(list), strip(effective), strip(billed));
        }

        private static BigDecimal strip(BigDecimal v) {
            return v == null ? null : v.stripTrailingZeros();
        }
    }
}
