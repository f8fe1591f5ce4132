package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A provider's page: per measurement region its results over the years (table and trend charts) and,
 * in the internal edition only, its internal sections: escalations, report delivery and dossiers.
 */
public record ProviderView(PageInfo page, String heading, String agbCode, List<RegionSection> regions,
                           List<EscalationView> escalations, List<DataTable> internalSections,
                           List<DownloadLink> dossiers) {
    public ProviderView {
        regions = List.copyOf(regions);
        escalations = List.copyOf(escalations);
        internalSections = List.copyOf(internalSections);
        dossiers = List.copyOf(dossiers);
    }

    /** Whether the page has an internal part at all. */
    public boolean hasInternal() {
        return !escalations.isEmpty() || !internalSections.isEmpty() || !dossiers.isEmpty();
    }

    /**
     * The provider in one measurement region: a row per year, a column per KPI, a chart per KPI with a measured
     * value, and the names of the KPIs without one (an empty chart would only add noise).
     */
    public record RegionSection(String id, String name, String contractingRegionName, String caption,
                                List<KpiColumn> columns, List<ProviderRow> rows, List<TrendChart> charts,
                                List<String> kpisWithoutValues, List<LinkItem> scorecards) {
        public RegionSection {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            charts = List.copyOf(charts);
            kpisWithoutValues = List.copyOf(kpisWithoutValues);
            scorecards = List.copyOf(scorecards);
        }
    }
}
