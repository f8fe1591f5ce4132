package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * The open-data page: what the files hold and how they are made, the tables per year, per scorecard and per
 * provider, the data dictionary (every column, its unit and meaning) and the revisions (feed and log).
 */
public record OpenDataView(PageInfo page, String heading, List<String> lead, List<DownloadRow> years,
                           List<DownloadRow> scorecards, List<DownloadRow> providers, DataTable dictionary,
                           String dictionaryHref, String feedHref, String revisionsHref, List<DownloadRow> runFiles) {
    public OpenDataView {
        lead = List.copyOf(lead);
        years = List.copyOf(years);
        scorecards = List.copyOf(scorecards);
        providers = List.copyOf(providers);
        runFiles = List.copyOf(runFiles);
    }
}
