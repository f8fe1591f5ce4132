package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The score of one provider on one KPI in one measurement region and year.
 *
 * @param value       percentage (0-100) or mean grade (0-10); null when not measured
 * @param numerator   on time, achieved, or the sum of grades
 * @param denominator the KPI's population (allocations, evaluations or respondents)
 * @param clients     clients in care of the provider in the region and year
 * @param respondents survey respondents, only for survey-based KPIs
 * @param band        band code, null when not measured or monitored only
 * @param causes      for result-achieved: counts of not-achieved evaluations by cause
 */
public record KpiResult(
        int year,
        String region,
        String provider,
        String kpi,
        boolean measured,
        String reason,
        Double value,
        BigDecimal numerator,
        long denominator,
        int clients,
        Integer respondents,
        String band,
        Map<String, Integer> causes) {

    public KpiResult {
        causes = causes == null ? Map.of() : Map.copyOf(causes);
    }
}
