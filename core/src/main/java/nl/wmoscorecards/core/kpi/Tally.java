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
public record Tally(BigDecimal numerator, long denominator, int scale, boolean survey, Map<String, Integer> causes,
                    Integer observedClients) {

    public Tally {
        causes = causes == null ? Map.of() : Map.copyOf(causes);
    }

    /** A tally whose population is not made of clients. */
    public Tally(BigDecimal numerator, long denominator, int scale, boolean survey, Map<String, Integer> causes) {
        this(numerator, denominator, scale, survey, causes, null);
    }

    public static Tally percentage(long numerator, long denominator) {
        return new Tally(BigDecimal.valueOf(numerator), denominator, 100, false, Map.of());
    }

    /** A percentage over allocations of {@code clients} distinct clients. */
    public static Tally percentage(long numerator, long denominator, int clients) {
        return new Tally(BigDecimal.valueOf(numerator), denominator, 100, false, Map.of(), clients);
    }

    /** The same counts, with the number of distinct clients they were counted over. */
    public Tally observing(int clients) {
        return new Tally(numerator, denominator, scale, survey, causes, clients);
    }

    /** Nothing to count: the KPI gets no row for this provider ("geen gegevens"). */
    public static Tally none() {
        return new Tally(BigDecimal.ZERO, 0, 1, false, Map.of());
    }

    /** A plain figure (a count, an amount): value = figure; the breakdown travels in {@code causes}. */
    public static Tally figure(BigDecimal figure, Map<String, Integer> breakdown) {
        return new Tally(figure, 1, 1, false, breakdown);
    }

    public static Tally count(long count, Map<String, Integer> breakdown) {
        return figure(BigDecimal.valueOf(count), breakdown);
    }

    /**
     * A value over a population kept exact: numerator = value x population, so numerator / denominator is the
     * value and the denominator still says how many were counted (e.g. a median over n allocations).
     */
    public static Tally valueOver(BigDecimal value, long population) {
        return new Tally(value.multiply(BigDecimal.valueOf(population)), population, 1, false, Map.of());
    }

    public boolean hasPopulation() {
        return denominator > 0;
    }

    public BigDecimal scaledNumerator() {
        return numerator.multiply(BigDecimal.valueOf(scale));
    }
}
