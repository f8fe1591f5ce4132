package nl.wmoscorecards.site.view;

import java.util.List;

/** Links under one heading, e.g. the KPI pages of one contracting region. */
public record LinkGroup(String id, String heading, List<LinkItem> links) {
    public LinkGroup {
        links = List.copyOf(links);
    }
}
