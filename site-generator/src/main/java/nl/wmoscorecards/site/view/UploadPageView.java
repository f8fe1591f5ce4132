package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * The provider's upload page: the report types to choose from (with what files each takes, its page and its
 * templates) and the years a report may be about.
 */
public record UploadPageView(PageInfo page, String heading, List<ReportTypeChoice> reportTypes, List<Integer> periods,
                             int defaultPeriod) {

    /** One report type: {@code accept} lists its file extensions; the template links are empty for a document. */
    public record ReportTypeChoice(String id, String name, String accept, String pageHref, String csvHref,
                                   String xlsxHref) {
    }
}
