package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.calendar.DateRange;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * What a measure may look at: the countable allocations of one provider in one measurement region,
 * the survey responses about it from that region, the year, its measurement period and the as-of date.
 *
 * @param period the days of the year that are measured: 1 January - 31 December clipped to the contracting
 *               region's contract phase (DOMAIN.md "Contract phase")
 */
public record MeasureInput(
        int year,
        DateRange period,
        LocalDate asOf,
        KpiCatalog catalog,
        List<Allocation> allocations,
        List<SurveyResponse> responses) {

    /** The whole calendar year as the period (a region whose contract covers the year). */
    public MeasureInput(int year, LocalDate asOf, KpiCatalog catalog, List<Allocation> allocations,
                        List<SurveyResponse> responses) {
        this(year, DateRange.calendarYear(year), asOf, catalog, allocations, responses);
    }

    /** True for a date inside the measurement period. */
    public boolean inPeriod(LocalDate date) {
        return period.contains(date);
    }

    /**
     * The same input over other survey responses of another year (a carried biennial survey), read over that
     * year's measurement period (its days in the contract phase).
     */
    MeasureInput withSurvey(int surveyYear, DateRange surveyPeriod, List<SurveyResponse> surveyResponses) {
        return new MeasureInput(surveyYear, surveyPeriod, asOf, catalog, allocations, surveyResponses);
    }
}
