package nl.wmoscorecards.site.view;

/**
 * What every page's layout needs.
 *
 * @param root          the relative way back to the site root ("" or "../../"), prefixed to every internal link
 * @param description   the page's meta description: what a search result or a shared link says about it
 * @param editionNotice shown on every page of the internal edition, null in the public edition
 * @param internalHref  the internal index, in the navigation of the internal edition only; null in the public edition
 * @param robots        the robots meta rule ("noindex, nofollow" in the internal edition), null in the public edition
 */
public record PageInfo(String title, String root, String stylesheetHref, String indexHref, String description,
                       String faviconHref, String editionNotice, String internalHref, String robots) {
}
