package app.envelope.store;

import app.envelope.domain.WorkTags;
import app.envelope.store.BillingRepository.StoredLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Totals lines by sprint, by epic and by unattributed source while they are being stored, with
 * exactly the grouping keys and arithmetic of {@link BillingRepository#spend}, so that an import
 * can report its batch's spend without reading a million lines back. Each line counts at the
 * values the store keeps: costs rounded half-up to {@link #COST_SCALE} places and the FX rate to
 * {@link #FX_SCALE} (the {@code billing_line} column scales; a store test keeps them equal), then
 * cost x rate, summed exactly. Not thread-safe: feed it from one thread.
 */
public final class SpendTally {
    /** Scale of {@code billing_line.list_cost}, {@code effective_cost} and {@code billed_cost}. */
    public static final int COST_SCALE = 30;
    /** Scale of {@code billing_line.fx_rate}. */
    public static final int FX_SCALE = 12;
    private static final String SEPARATOR = " · ";
    private static final String NO_TAGS = "(no tags)";

    private final Map<Long, String> sprintNames;
    private final Map<String, Sum> bySprint = new HashMap<>();
    private final Map<String, Sum> byEpic = new HashMap<>();
    private final Map<String, Sum> bySource = new HashMap<>();
    private Long lastSprintId;
    private Sum lastSprint;

    /** @param sprintNames the name of every sprint by id (a line's sprint id that is not here counts as outside any sprint) */
    public SpendTally(Map<Long, String> sprintNames) {
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
            bySource.computeIfAbsent(source(s), k -> new Sum()).add(list, eff, billed);
        }
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

    /** {@code vendor · } the first of repository, project, workspace, API key name, cost center, user, product. */
    private static String source(StoredLine s) {
        WorkTags t = s.line().tags();
        String tag = first(t.repository(), t.project(), t.workspace(), t.apiKeyName(), t.costCenter(), t.user(),
                s.line().product());
        return s.line().vendor() + SEPARATOR + (tag == null ? NO_TAGS : tag);
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
