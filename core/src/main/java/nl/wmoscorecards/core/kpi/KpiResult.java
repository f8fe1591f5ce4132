package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The score of one provider on one KPI in one measurement region and year.
 *
 * @param notMeasured why there is no value; null when measured
 * @param value       percentage (0-100) or mean grade (0-10); null when not measured
 * @param numerator   on time, achieved, or the sum of grades
 * @param denominator the KPI's population (allocations, evaluations or respondents)
 * @param clients     clients in care of the provider in the region and measurement period
 * @param respondents survey respondents, only for survey-based KPIs
 * @param band        the band scored; null when not measured, monitored only, or a carried survey
 * @param causes      for result-achieved: counts of not-achieved evaluations by cause
 * @param surveyYear  for survey-based KPIs, the year the responses are from: earlier than {@code year} when the
 *                    latest (biennial) survey is carried into a year without one; null for other KPIs
 */
public record KpiResult(
        int year,
        String region,
        String provider,
        String kpi,
        NotMeasured notMeasured,
        Double value,
        BigDecimal numerator,
        long denominator,
        int clients,
        Integer respondents,
        Band band,
        Map<String, Integer> causes,
        Integer surveyYear) {

    public KpiResult {
        causes = causes == null ? Map.of() : Map.copyOf(causes);
    }

    public boolean measured() {
        return notMeasured == null;
    }

    /** A survey result of an earlier year shown in a year without a survey: informative, never escalated. */
    public boolean carriedSurvey() {
        return surveyYear != null && surveyYear != year;
    }

    /** Whether this result raises an escalation: scored in a band below the norm. */
    public boolean escalates() {
        return band != null && !band.meetsNorm();
    }
}
