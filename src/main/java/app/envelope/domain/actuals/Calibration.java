package app.envelope.domain.actuals;

import app.envelope.domain.Effort;
import app.envelope.domain.Pricing;
import app.envelope.domain.Size;
import app.envelope.domain.SizeEnvelope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Calibration of the size envelope table from closed sprints (docs/variance.md). For each size x
 * effort: the observed P50 and P90 tokens per line (nearest rank, see {@link Quantiles}), the sample
 * count and the current envelope (P50/P90 at medium x the effort multiplier) beside it. For each
 * size: the samples brought to medium effort (tokens / multiplier) give the proposed new envelope,
 * which is only proposed with at least {@value #MIN_SAMPLES} samples.
 */
public record Calibration(List<Cell> cells, List<SizeRow> sizes, List<CalibrationSample> samples, int sprints,
                          int linesWithoutTokenCounts) {
    public static final int MIN_SAMPLES = 3;

    /** One size x effort. Observed figures are null without samples. */
    public record Cell(Size size, Effort effort, int samples, BigDecimal observedP50, BigDecimal observedP90,
                       BigDecimal envelopeP50, BigDecimal envelopeP90) {
        public boolean enough() {
            return samples >= MIN_SAMPLES;
        }

        /** observed P50 / current P50, two decimals; null without samples or a zero envelope. */
        public BigDecimal ratioP50() {
            return ratio(observedP50, envelopeP50);
        }
    }

    /** One size at medium effort: the current envelope and, with enough samples, the proposed one. */
    public record SizeRow(Size size, int samples, BigDecimal observedP50, BigDecimal observedP90, long currentP50,
                          long currentP90) {
        public boolean enough() {
            return samples >= MIN_SAMPLES;
        }

        public BigDecimal ratioP50() {
            return ratio(observedP50, BigDecimal.valueOf(currentP50));
        }
    }

    public Calibration {
        cells = List.copyOf(cells);
        sizes = List.copyOf(sizes);
        samples = List.copyOf(samples);
    }

    /**
     * @param samples  one per plan line of a closed sprint whose token billing lines all carry counts
     * @param current  the rate card now (its envelopes and effort multipliers are shown beside)
     */
    public static Calibration of(List<CalibrationSample> samples, Pricing current, int sprints,
                                 int linesWithoutTokenCounts) {
        Objects.requireNonNull(current, "current");
        List<Cell> cells = new ArrayList<>();
        List<SizeRow> sizes = new ArrayList<>();
        for (Size size : Size.values()) {
            SizeEnvelope env = current.envelopes().get(size);
            long p50 = env == null ? 0 : env.p50();
            long p90 = env == null ? 0 : env.p90();
            List<BigDecimal> atMedium = new ArrayList<>();
            for (Effort effort : Effort.values()) {
                List<BigDecimal> tokens = new ArrayList<>();
                for (CalibrationSample s : samples) {
                    if (s.size() == size && s.effort() == effort) {
                        tokens.add(s.tokens());
                        atMedium.add(s.atMedium());
                    }
                }
                BigDecimal mult = current.effortMultipliers().getOrDefault(effort, BigDecimal.ONE);
                cells.add(new Cell(size, effort, tokens.size(),
                        tokens.isEmpty() ? null : Quantiles.nearestRank(tokens, 50),
                        tokens.isEmpty() ? null : Quantiles.nearestRank(tokens, 90),
                        BigDecimal.valueOf(p50).multiply(mult), BigDecimal.valueOf(p90).multiply(mult)));
            }
            sizes.add(new SizeRow(size, atMedium.size(),
                    atMedium.isEmpty() ? null : Quantiles.nearestRank(atMedium, 50),
                    atMedium.isEmpty() ? null : Quantiles.nearestRank(atMedium, 90), p50, p90));
        }
        return new Calibration(cells, sizes, samples, sprints, linesWithoutTokenCounts);
    }

    /** The new envelope versions "accept" writes: one per size with enough samples, from {@code validFrom}. */
    public List<SizeEnvelope> proposal(LocalDate validFrom) {
        List<SizeEnvelope> out = new ArrayList<>();
        for (SizeRow r : sizes) {
            if (r.enough()) {
                out.add(new SizeEnvelope(r.size(), validFrom, r.observedP50().longValueExact(),
                        r.observedP90().longValueExact()));
            }
        }
        return out;
    }

    public Cell cell(Size size, Effort effort) {
        return cells.stream().filter(c -> c.size() == size && c.effort() == effort).findFirst().orElseThrow();
    }

    public SizeRow size(Size size) {
        return sizes.stream().filter(r -> r.size() == size).findFirst().orElseThrow();
    }

    static BigDecimal ratio(BigDecimal observed, BigDecimal current) {
        if (observed == null || current == null || current.signum() == 0) {
            return null;
        }
        return observed.divide(current, 2, RoundingMode.HALF_EVEN);
    }
}
