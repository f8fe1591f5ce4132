package nl.wmoscorecards.site.view;

/** One revised figure on a scorecard: when, whose, which KPI, the figure published before and the new one. */
public record RevisionView(String date, String provider, String kpi, String before, String after) {
}
