package nl.wmoscorecards.site.view;

import java.util.List;

/** A scorecard page: one measurement region, one year, one row per provider, one column per KPI. */
public record ScorecardView(
        PageInfo page,
        String heading,
        String contractingRegionName,
        String caption,
        List<KpiColumn> columns,
        List<ProviderRow> rows,
        Explanation explanation,
        List<DownloadLink> downloads,
        ComparisonView comparison, ResultStatusView status) {

    public ScorecardView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        downloads = List.copyOf(downloads);
    }
}
