package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * What a measure may look at: the countable allocations of one provider in one measurement region,
 * the survey responses about it from that region dated in the year, the year and the as-of date.
 */
public record MeasureInput(
        int year,
        LocalDate asOf,
        KpiCatalog catalog,
        List<Allocation> allocations,
        List<SurveyResponse> responses) {

    public boolean inYear(LocalDate date) {
        return date != null && date.getYear() == year;
    }
}
