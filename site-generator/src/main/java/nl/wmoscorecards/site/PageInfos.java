package nl.wmoscorecards.site;

import nl.wmoscorecards.site.view.PageInfo;

/** The layout's data for a page at a site path: its links back to the root, and the edition notice. */
final class PageInfos {
    static final String INTERNAL_NOTICE = "Interne editie: alleen voor contractmanagers van de regio. Niet delen of publiceren.";

    private PageInfos() {
    }

    static PageInfo of(SiteModel model, String sitePath, String title) {
        String root = SitePaths.rootFrom(sitePath);
        boolean internal = model.edition() == Edition.INTERNAL;
        return new PageInfo(title, root, root + SitePaths.STYLESHEET, root + SitePaths.INDEX,
                internal ? INTERNAL_NOTICE : null, internal ? root + SitePaths.INTERNAL : null);
    }
}
