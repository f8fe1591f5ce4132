package nl.wmoscorecards.site.view;

/**
 * What every page's layout needs.
 *
 * @param root          the relative way back to the site root ("" or "../../"), prefixed to every internal link
 * @param editionNotice shown on every page of the internal edition, null in the public edition
 * @param internalHref  the internal index, in the navigation of the internal edition only; null in the public edition
 */
public record PageInfo(String title, String root, String stylesheetHref, String indexHref, String editionNotice,
                       String internalHref) {

    public PageInfo(String title, String root, String stylesheetHref, String indexHref) {
        this(title, root, stylesheetHref, indexHref, null, null);
    }
}
