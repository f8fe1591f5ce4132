package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;
import nl.wmoscorecards.site.view.TextPageView;

/** Writes the accessibility statement and, last of all, the sitemap of every page (open data: {@link OpenDataPageRenderer}). */
final class InfoPagesRenderer {
    static final String LIST_TEMPLATE = "link-list.ftlh";
    static final String ACCESSIBILITY_TEMPLATE = "accessibility.ftlh";
    static final String ACCESSIBILITY_TITLE = "Toegankelijkheidsverklaring";
    static final String SITEMAP_TITLE = "Sitemap";

    void accessibility(SiteModel model, SiteWriter out) throws IOException {
        out.page(ACCESSIBILITY_TEMPLATE, new TextPageView(PageInfos.of(model, SitePaths.ACCESSIBILITY,
                ACCESSIBILITY_TITLE), ACCESSIBILITY_TITLE), SitePaths.ACCESSIBILITY, ACCESSIBILITY_TITLE);
    }

    /** Rendered after every other page, so it lists them all; sorted by path, so it reads as the site's tree. */
    void sitemap(SiteModel model, SiteWriter out) throws IOException {
        List<LinkItem> pages = new ArrayList<>(out.pages());
        pages.add(new LinkItem(SitePaths.SITEMAP, SITEMAP_TITLE, null));
        pages.sort(Comparator.comparing(LinkItem::href));
        Map<String, List<LinkItem>> bySection = new LinkedHashMap<>();
        for (LinkItem page : pages) {
            bySection.computeIfAbsent(section(page.href()), s -> new ArrayList<>()).add(page);
        }
        List<LinkGroup> groups = bySection.entrySet().stream()
                .map(e -> new LinkGroup("sitemap-" + e.getKey(), sectionName(e.getKey()), e.getValue())).toList();
        out.page(LIST_TEMPLATE, new LinkListView(PageInfos.of(model, SitePaths.SITEMAP, SITEMAP_TITLE), SITEMAP_TITLE,
                "Alle pagina's van deze site.", groups), SitePaths.SITEMAP, SITEMAP_TITLE);
    }

    private static String section(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "algemeen" : path.substring(0, slash);
    }

    private static String sectionName(String section) {
        return switch (section) {
            case "aanbieders" -> "Zorgaanbieders";
            case "kpi" -> "KPI's";
            case "rapportages" -> "Rapportages";
            case "regio" -> "Scorecards";
            case "intern" -> "Intern";
            default -> "Algemeen";
        };
    }
}
