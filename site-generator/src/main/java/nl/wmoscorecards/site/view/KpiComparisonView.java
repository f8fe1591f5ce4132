package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A KPI page's comparison: every provider with a published value in the newest year, across the contracting
 * region's measurement regions, as a dot chart against the bands and as its data table; and the median of
 * each measurement region.
 */
public record KpiComparisonView(String heading, String lead, DotChart chart, DataTable table, List<String> medians) {
    public KpiComparisonView {
        medians = List.copyOf(medians);
    }
}
