package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * What a scorecard compares with: the regional median per KPI column (in column order), a note on the
 * previous year, how the median is taken, and per KPI the providers ranked by their value (the pre-rendered sort orders).
 */
public record ComparisonView(List<MedianCell> medians, String medianNote, String previousYearNote,
                             List<Ranking> rankings) {
    public ComparisonView {
        medians = List.copyOf(medians);
        rankings = List.copyOf(rankings);
    }

    /** One KPI's providers from the highest value to the lowest; unranked names the providers without a value. */
    public record Ranking(String id, String kpiName, DataTable table, String unranked) {
    }
}
