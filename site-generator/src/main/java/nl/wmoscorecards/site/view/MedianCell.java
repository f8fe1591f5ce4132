package nl.wmoscorecards.site.view;

/**
 * The regional median of one KPI column.
 *
 * @param value the median as displayed ("78,0%"), null when it is not published
 * @param note  what it rests on ("mediaan van 5 zorgaanbieders") or why there is none
 */
public record MedianCell(String value, String note) {
}
