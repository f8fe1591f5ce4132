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

    public boolean hasPopulation() {
        return denominator > 0;
    }

    public BigDecimal scaledNumerator() {
        return numerator.multiply(BigDecimal.valueOf(scale));
    }
}
