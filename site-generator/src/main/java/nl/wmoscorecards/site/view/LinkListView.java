package nl.wmoscorecards.site.view;

import java.util.List;

/** A page that is a list of links in groups: providers, KPIs, report types, open data, the sitemap. */
public record LinkListView(PageInfo page, String heading, String lead, List<LinkGroup> groups) {
    public LinkListView {
        groups = List.copyOf(groups);
    }
}
