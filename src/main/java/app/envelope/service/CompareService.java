package app.envelope.service;

import app.envelope.domain.Epic;
import app.envelope.domain.PlanLine;
import app.envelope.domain.RateCard;
import app.envelope.domain.SizeEnvelope;
import app.envelope.domain.Sprint;
import app.envelope.domain.SprintStatus;
import app.envelope.domain.actuals.Calibration;
import app.envelope.domain.actuals.CalibrationSample;
import app.envelope.domain.actuals.CompareInput;
import app.envelope.domain.actuals.Comparer;
import app.envelope.domain.actuals.EpicComparison;
import app.envelope.domain.actuals.LineActual;
import app.envelope.domain.actuals.OutcomePoint;
import app.envelope.domain.actuals.SpendCell;
import app.envelope.domain.actuals.SprintComparison;
import app.envelope.domain.actuals.SprintTrend;
import app.envelope.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Planned against actual, assembled from the store: a sprint's {@link SprintComparison} (what the
 * Compare screen, {@code compare --json} and the finance workbook show), the trend over the last
 * sprints, and the calibration of the size envelopes from closed sprints. Every call reads the
 * store afresh; the arithmetic is the domain's ({@link Comparer}, {@link Calibration}); definitions
 * are in docs/variance.md. Safe to call from a worker thread.
 */
public final class CompareService {
    /** How many sprints the trend shows by default. */
    public static final int TREND_SPRINTS = 6;

    private final Store store;

    public CompareService(Store store) {
        this.store = store;
    }

    /** A comparison with what the screen shows beside it: the trend up to that sprint. */
    public record View(SprintComparison comparison, List<SprintTrend> trend) {
    }

    /** Every sprint, oldest first. */
    public List<Sprint> sprints() {
        return store.portfolio().sprints().stream().sorted(Comparator.comparing(Sprint::start)).toList();
    }

    /** The default sprint to compare: the closed sprint that ended last, else the latest that started. */
    public Optional<Sprint> defaultSprint() {
        List<Sprint> all = sprints();
        return all.stream().filter(s -> s.status() == SprintStatus.CLOSED).max(Comparator.comparing(Sprint::end))
                .or(() -> all.stream().max(Comparator.comparing(Sprint::start)));
    }

    public SprintComparison compare(Sprint sprint) {
        return comparisons().get(sprint.id());
    }

    /** The comparisons of {@code sprints}, in their order, from one read of the store (the finance export's). */
    public List<SprintComparison> compare(List<Sprint> sprints) {
        Map<Long, SprintComparison> all = comparisons();
        return sprints.stream().map(s -> all.get(s.id())).toList();
    }

    /** The comparison and the trend over the last {@code trendSprints} sprints up to it (one read of the store). */
    public View view(Sprint sprint, int trendSprints) {
        Map<Long, SprintComparison> all = comparisons();
        return new View(all.get(sprint.id()), trend(all, sprint, trendSprints));
    }

    /** Planned against actual by category for the last {@code n} sprints (with plan lines) up to {@code upTo}. */
    public List<SprintTrend> trend(Sprint upTo, int n) {
        return trend(comparisons(), upTo, n);
    }

    private static List<SprintTrend> trend(Map<Long, SprintComparison> all, Sprint upTo, int n) {
        List<SprintTrend> out = new ArrayList<>();
        for (SprintComparison c : all.values()) {
            if (!c.sprint().start().isAfter(upTo.start()) && !c.epics().isEmpty()) {
                out.add(SprintTrend.of(c));
            }
        }
        return out.subList(Math.max(0, out.size() - n), out.size());
    }

    /** Comparisons of every sprint, oldest first, by sprint id; each epic's cost per outcome feeds the next sprint's trend. */
    private Map<Long, SprintComparison> comparisons() {
        RateCard card = store.rateCard().load();
        Map<String, Epic> epics = store.portfolio().epics().stream()
                .collect(Collectors.toMap(Epic::key, Function.identity()));
        List<SpendCell> cells = store.actuals().spendCells();
        Map<Long, LineActual> actuals = store.actuals().lineActuals();
        Map<String, List<OutcomePoint>> history = new HashMap<>();
        Map<Long, SprintComparison> out = new LinkedHashMap<>();
        for (Sprint s : sprints()) {
            List<PlanLine> lines = store.portfolio().planLines(s.id());
            Map<String, List<OutcomePoint>> earlier = new HashMap<>();
            history.forEach((k, v) -> earlier.put(k, List.copyOf(v)));
            SprintComparison c = Comparer.compare(new CompareInput(s, lines, card, epics, cells, actuals, earlier));
            for (EpicComparison e : c.epics()) {
                if (e.costPerOutcome() != null) {
                    history.computeIfAbsent(e.epicKey(), k -> new ArrayList<>())
                            .add(e.outcomeTrend().get(e.outcomeTrend().size() - 1));
                }
            }
            out.put(s.id(), c);
        }
        return out;
    }

    // ------------------------------------------------------------------------------ calibration

    /**
     * The size envelopes calibrated from every closed sprint: one sample per plan line whose token
     * billing lines all carry token counts (lines with no token spend at all are left out), shown
     * beside the envelope in force on {@link #defaultCalibrationDate()}.
     */
    public Calibration calibration() {
        return calibration(comparisons(), defaultCalibrationDate());
    }

    private Calibration calibration(Map<Long, SprintComparison> all, LocalDate asOf) {
        RateCard card = store.rateCard().load();
        List<CalibrationSample> samples = new ArrayList<>();
        int sprints = 0;
        int withoutCounts = 0;
        for (SprintComparison c : all.values()) {
            if (c.sprint().status() != SprintStatus.CLOSED || c.epics().isEmpty()) {
                continue;
            }
            sprints++;
            var pricing = card.asOf(c.sprint().start());
            for (EpicComparison e : c.epics()) {
                if (!e.tokenVariance().splitAvailable()) {
                    withoutCounts++;
                    continue;
                }
                BigDecimal tokens = e.tokenVariance().actualTokens();
                if (tokens == null || tokens.signum() == 0) {
                    continue;
                }
                samples.add(new CalibrationSample(c.sprint().name(), e.epicKey(), e.line().size(), e.line().effort(),
                        tokens, pricing.effortMultiplier(e.line().effort())));
            }
        }
        return Calibration.of(samples, card.asOf(asOf), sprints, withoutCounts);
    }

    /**
     * The date a calibration is accepted from by default: the start of the first sprint after the
     * last closed one; else the day after the last closed sprint; else today.
     */
    public LocalDate defaultCalibrationDate() {
        List<Sprint> all = sprints();
        Optional<Sprint> lastClosed = all.stream().filter(s -> s.status() == SprintStatus.CLOSED)
                .max(Comparator.comparing(Sprint::end));
        if (lastClosed.isEmpty()) {
            return LocalDate.now();
        }
        LocalDate after = lastClosed.get().end();
        return all.stream().map(Sprint::start).filter(d -> d.isAfter(after)).min(Comparator.naturalOrder())
                .orElse(after.plusDays(1));
    }

    /** The sprints whose plans a new envelope version from {@code from} re-prices (they start on or after it). */
    public List<Sprint> sprintsRepricedFrom(LocalDate from) {
        return sprints().stream().filter(s -> !s.start().isBefore(from)).toList();
    }

    /**
     * Accepts the calibration: writes a new version of the size envelope table from {@code from}
     * for every size with at least {@value Calibration#MIN_SAMPLES} samples (the others keep their
     * envelope), in one transaction. Earlier versions are kept; sprints that start before
     * {@code from} keep their prices.
     *
     * @return the versions written
     * @throws IllegalStateException when no size has enough samples
     */
    public List<SizeEnvelope> acceptCalibration(LocalDate from) {
        List<SizeEnvelope> proposal = calibration(comparisons(), from).proposal(from);
        if (proposal.isEmpty()) {
            throw new IllegalStateException("No size has " + Calibration.MIN_SAMPLES
                    + " or more samples from closed sprints yet; the envelope table is unchanged.");
        }
        store.inTransaction(() -> proposal.forEach(store.rateCard()::saveEnvelope));
        return proposal;
    }

    // ------------------------------------------------------------------------------ entering actuals

    /** What was entered for a plan line (empty when nothing). */
    public LineActual lineActual(PlanLine line) {
        return store.actuals().lineActuals(line.sprintId()).getOrDefault(line.id(), LineActual.none(line.id()));
    }

    /** Stores actual hours and the outcome of a line (either may be null: not entered). */
    public void saveLineActual(LineActual actual) {
        store.actuals().save(actual);
    }
}
