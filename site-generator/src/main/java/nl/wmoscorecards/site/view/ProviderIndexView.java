package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * The provider index: jump links per first letter, the providers grouped by that letter, and a list per
 * measurement region (the filter that works without JavaScript); scriptHref is the optional search box.
 */
public record ProviderIndexView(PageInfo page, String heading, String lead, List<LinkItem> letters,
                                List<LinkGroup> groups, List<LinkItem> regions, String scriptHref) {
    public ProviderIndexView {
        letters = List.copyOf(letters);
        groups = List.copyOf(groups);
        regions = List.copyOf(regions);
    }
}
