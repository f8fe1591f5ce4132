package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a measure counted. The value is {@code scale x numerator / denominator}: scale 100 for a
 * percentage, 1 for a mean grade. Keeping the fraction lets bands be decided exactly.
 */
public record Outcome(BigDecimal numerator, long denominator, int scale, boolean survey, Map<String, Integer> causes) {

    public Outcome {
        causes = causes == null ? Map.of() : Map.copyOf(causes);
    }

    public static Outcome percentage(long numerator, long denominator) {
        return new Outcome(BigDecimal.valueOf(numerator), denominator, 100, false, Map.of());
    }

    /** Nothing to count: the KPI gets no row for this provider ("geen gegevens"). */
    public static Outcome none() {
        return new Outcome(BigDecimal.ZERO, 0, 1, false, Map.of());
    }

    /** A plain figure (a count, an amount): value = figure; the breakdown travels in {@code causes}. */
    public static Outcome figure(BigDecimal figure, Map<String, Integer> breakdown) {
        return new Outcome(figure, 1, 1, false, breakdown);
    }

    public static Outcome count(long count, Map<String, Integer> breakdown) {
        return figure(BigDecimal.valueOf(count), breakdown);
    }

    /**
     * A value over a population kept exact: numerator = value x population, so numerator / denominator is the
     * value and the denominator still says how many were counted (e.g. a median over n allocations).
     */
    public static Outcome valueOver(BigDecimal value, long population) {
        return new Outcome(value.multiply(BigDecimal.valueOf(population)), population, 1, false, Map.of());
    }

    public boolean hasPopulation() {
        return denominator > 0;
    }

    public BigDecimal scaledNumerator() {
        return numerator.multiply(BigDecimal.valueOf(scale));
    }
}
