package nl.wmoscorecards.site.view;

import java.util.List;

/** One table of open data and its files (Excel CSV, XLSX, CSV, JSON). */
public record DownloadRow(String label, List<DownloadLink> files) {
    public DownloadRow {
        files = List.copyOf(files);
    }
}
