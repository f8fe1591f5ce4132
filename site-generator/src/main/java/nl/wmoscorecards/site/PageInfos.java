package nl.wmoscorecards.site;

import nl.wmoscorecards.site.view.PageInfo;

/**
 * The layout's data for a page at a site path: its links back to the root, its meta description, and in the
 * internal edition the notice and the rule that keeps search engines out.
 */
final class PageInfos {
    static final String INTERNAL_NOTICE = "Interne editie: alleen voor contractmanagers van de regio. Niet delen of publiceren.";
    static final String INTERNAL_ROBOTS = "noindex, nofollow";

    private PageInfos() {
    }

    static PageInfo of(SiteModel model, String sitePath, String title) {
        String root = SitePaths.rootFrom(sitePath);
        boolean internal = model.edition() == Edition.INTERNAL;
        return new PageInfo(title, root, root + SitePaths.STYLESHEET, root + SitePaths.INDEX,
                description(sitePath, title), root + SitePaths.FAVICON, internal ? INTERNAL_NOTICE : null,
                internal ? root + SitePaths.INTERNAL : null, internal ? INTERNAL_ROBOTS : null);
    }

    /** The page's own title followed by what its kind of page holds, so every description differs. */
    static String description(String sitePath, String title) {
        String section = sitePath.contains("/") ? sitePath.substring(0, sitePath.indexOf('/')) : sitePath;
        String holds = switch (section) {
            case SitePaths.INDEX -> "KPI-resultaten van Wmo-zorgaanbieders per meetregio en jaar: scorecards met normen,"
                    + " beoordelingen en uitleg";
            case "regio" -> "de KPI-resultaten van elke zorgaanbieder in deze meetregio, met de norm, de beoordeling"
                    + " en het aantal cliënten waarop ze berusten";
            case "aanbieders" -> sitePath.equals(SitePaths.PROVIDERS)
                    ? "alle zorgaanbieders met een scorecard, met een pagina per zorgaanbieder"
                    : "de KPI-resultaten van deze zorgaanbieder per meetregio en jaar, in tabellen en grafieken";
            case "kpi" -> sitePath.equals(SitePaths.KPIS) ? "de definitie en norm van elke KPI per inkoopregio"
                    : "definitie, norm, meetperiode, methode en bron van deze KPI";
            case "rapportages" -> "welke rapportages zorgaanbieders aanleveren, met hun kolommen en sjablonen";
            case SitePaths.OPEN_DATA -> "elke scorecard als open data in CSV en JSON, met een eenheid per kolom";
            case SitePaths.ACCESSIBILITY -> "hoe toegankelijk deze website is en hoe u een probleem meldt";
            case SitePaths.SITEMAP -> "alle pagina's van de Wmo-scorecards, per onderdeel";
            case "intern" -> "interne pagina voor contractmanagement van de regio";
            default -> "Wmo-scorecards";
        };
        return title + ": " + holds + ".";
    }
}
