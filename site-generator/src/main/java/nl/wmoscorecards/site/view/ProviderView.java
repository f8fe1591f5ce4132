package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A provider's page: per measurement region its results over the years (table and trend charts) and,
 * in the internal edition only, its internal sections (report delivery now; escalations and dossiers later).
 */
public record ProviderView(PageInfo page, String heading, String agbCode, List<RegionSection> regions,
                           List<DataTable> internalSections) {
    public ProviderView {
        regions = List.copyOf(regions);
        internalSections = List.copyOf(internalSections);
    }

    /** The provider in one measurement region: a row per year, a column per KPI, and a chart per KPI. */
    public record RegionSection(String id, String name, String contractingRegionName, String caption,
                                List<KpiColumn> columns, List<ProviderRow> rows, List<TrendChart> charts,
                                List<LinkItem> scorecards) {
        public RegionSection {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            charts = List.copyOf(charts);
            scorecards = List.copyOf(scorecards);
        }
    }
}
