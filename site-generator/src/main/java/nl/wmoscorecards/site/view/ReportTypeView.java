package nl.wmoscorecards.site.view;

import java.util.List;

/** A report type's page: what it is, when it is due, its columns and its templates to download. */
public record ReportTypeView(PageInfo page, String heading, String description, List<Fact> facts, DataTable columns,
                             List<DownloadLink> templates) {
    public ReportTypeView {
        facts = List.copyOf(facts);
        templates = List.copyOf(templates);
    }
}
