package nl.wmoscorecards.site.view;

/**
 * What every page's layout needs.
 *
 * @param root the relative way back to the site root ("" or "../../"), prefixed to every internal link
 */
public record PageInfo(String title, String root, String stylesheetHref, String indexHref) {
}
