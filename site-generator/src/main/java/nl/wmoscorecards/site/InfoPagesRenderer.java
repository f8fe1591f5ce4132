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

/** Writes the open-data page, the accessibility statement and, last of all, the sitemap of every page. */
final class InfoPagesRenderer {
    static final String LIST_TEMPLATE = "link-list.ftlh";
    static final String ACCESSIBILITY_TEMPLATE = "accessibility.ftlh";
    static final String OPEN_DATA_TITLE = "Open data";
    static final String ACCESSIBILITY_TITLE = "Toegankelijkheidsverklaring";
    static final String SITEMAP_TITLE = "Sitemap";

    void openData(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        List<LinkGroup> groups = new ArrayList<>();
        for (ScorecardPage page : plan.pages()) {
            String id = page.region().id() + "-" + page.run().year();
            groups.add(new LinkGroup("data-" + id, page.title(), List.of(
                    new LinkItem(SitePaths.scorecardData(page.region().id(), page.run().year(), "csv"),
                            "Tabel " + page.region().name() + " " + page.run().year(), "CSV"),
                    new LinkItem(SitePaths.scorecardData(page.region().id(), page.run().year(), "json"),
                            "Tabel " + page.region().name() + " " + page.run().year(), "JSON"))));
        }
        List<LinkItem> yearly = plan.runsNewestFirst().stream()
                .map(run -> new LinkItem(SitePaths.dataFile(run.year()), "Alle KPI-resultaten " + run.year(), "JSON"))
                .toList();
        if (!yearly.isEmpty()) {
            groups.add(new LinkGroup("data-per-jaar", "Alle regio's per jaar", yearly));
        }
        String lead = "Elke tabel van deze site als CSV en JSON, onder de licentie CC0. Iedere kolom noemt zijn eenheid"
                + " (in de JSON onder 'kolommen'). " + contents(model) + " Tekstvelden die met = + - of @ beginnen,"
                + " krijgen een apostrof ervoor, zodat een spreadsheet ze niet als formule uitvoert.";
        out.page(LIST_TEMPLATE, new LinkListView(PageInfos.of(model, SitePaths.OPEN_DATA, OPEN_DATA_TITLE),
                OPEN_DATA_TITLE, lead, groups), SitePaths.OPEN_DATA, OPEN_DATA_TITLE);
    }

    /** What the files hold, exactly as the publication policy decided it for this edition. */
    static String contents(SiteModel model) {
        if (model.edition() == Edition.INTERNAL) {
            return "Interne editie: de bestanden bevatten alle waarden, niet afgerond, met alle aantallen, ook van"
                    + " kleine groepen en van groepen die niet gemeten zijn.";
        }
        return "De bestanden bevatten precies wat de pagina's tonen: waarden afgerond zoals op de pagina (één decimaal;"
                + " aantallen en bedragen heel), de beoordeling, n en het aantal cliënten in zorg. Er staat geen getal in"
                + " dat rust op minder cliënten dan het minimum van de regio (meestal 10): niet van groepen die niet"
                + " gemeten zijn, niet van een waarde op minder dan het minimum (de kolom toelichting zegt dan waarom),"
                + " en van een uitsplitsing (oorzaken, gemeenten, redenen, uitkomsten) alleen delen van minstens het"
                + " minimum, met de kleinere delen samen als 'rest' als ook die samen het minimum halen. Tellers"
                + " (numerator) staan er niet in.";
    }

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
