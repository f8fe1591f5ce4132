package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a measure counted. The value is {@code scale x numerator / denominator}: scale 100 for a
 * percentage, 1 for a mean grade. Keeping the fraction lets bands be decided exactly.
 *
 * @param observedClients distinct clients in the population (seed 001: "onderzoek naar minimaal 10 cliënten");
 *                        null when the population is not made of clients (report figures, survey respondents)
 */
public record Outcome(BigDecimal numerator, long denominator, int scale, boolean survey, Map<String, Integer> causes,
                      Integer observedClients) {

    public Outcome {
        causes = causes == null ? Map.of() : Map.copyOf(causes);
    }

    /** An outcome whose population is not made of clients. */
    public Outcome(BigDecimal numerator, long denominator, int scale, boolean survey, Map<String, Integer> causes) {
        this(numerator, denominator, scale, survey, causes, null);
    }

    public static Outcome percentage(long numerator, long denominator) {
        return new Outcome(BigDecimal.valueOf(numerator), denominator, 100, false, Map.of());
    }

    /** A percentage over allocations of {@code clients} distinct clients. */
    public static Outcome percentage(long numerator, long denominator, int clients) {
        return new Outcome(BigDecimal.valueOf(numerator), denominator, 100, false, Map.of(), clients);
    }

    /** The same counts, with the number of distinct clients they were counted over. */
    public Outcome observing(int clients) {
        return new Outcome(numerator, denominator, scale, survey, causes, clients);
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
