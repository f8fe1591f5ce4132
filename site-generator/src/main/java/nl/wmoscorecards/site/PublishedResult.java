package nl.wmoscorecards.site;

import java.math.BigDecimal;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.NotMeasured;

/**
 * One provider's result on one KPI as the edition may show it: the only result type the pages, charts and data
 * files read. Every number is a {@link Figure}, so "suppressed" is a value with a reason, never a 0 or a null that
 * a renderer has to interpret. Made by {@link PublicationPolicy} and nowhere else.
 *
 * @param notMeasured the engine's reason there is no value; null when measured
 * @param value       the KPI's value (public edition: rounded as displayed); withheld when not measured or when it
 *                    would show a group below the minimum
 * @param band        null when there is no published value, no norm, or a carried survey
 * @param population  "n": allocations, evaluations or respondents the value rests on
 * @param clients     clients in care of the provider in the region
 * @param numerator   on time, achieved, sum of grades (open data of the internal edition only)
 * @param breakdown   the parts beside the value; {@link Breakdown#NONE} shown when there are none
 */
record PublishedResult(int year, String region, String provider, String kpi, NotMeasured notMeasured,
                       Figure<BigDecimal> value, Band band, Figure<Long> population, Figure<Integer> clients,
                       Figure<Integer> respondents, Figure<BigDecimal> numerator, Figure<Breakdown> breakdown,
                       Integer surveyYear) {

    boolean measured() {
        return notMeasured == null;
    }

    /** A survey result of an earlier year shown in a year without a survey: informative, never judged. */
    boolean carriedSurvey() {
        return surveyYear != null && surveyYear != year;
    }

    /** Scored in a band below the norm (and that score is published). */
    boolean belowNorm() {
        return band != null && !band.meetsNorm();
    }

    /** Measured with a published band: a KPI with a norm that this result is judged against. */
    boolean judged() {
        return band != null;
    }
}
