package nl.wmoscorecards.site.view;

import java.util.List;

/** The start page: every contracting region with its scorecards, and the data files. */
public record IndexView(PageInfo page, List<ContractingRegionEntry> contractingRegions, List<DownloadLink> downloads) {
    public IndexView {
        contractingRegions = List.copyOf(contractingRegions);
        downloads = List.copyOf(downloads);
    }
}
