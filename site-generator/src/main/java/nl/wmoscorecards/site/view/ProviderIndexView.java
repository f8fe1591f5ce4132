package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * The provider index: jump links per first letter, the providers grouped by that letter, and a list per
 * measurement region: filters that need no JavaScript (the site has none).
 */
public record ProviderIndexView(PageInfo page, String heading, String lead, List<LinkItem> letters,
                                List<LinkGroup> groups, List<LinkItem> regions) {
    public ProviderIndexView {
        letters = List.copyOf(letters);
        groups = List.copyOf(groups);
        regions = List.copyOf(regions);
    }
}
