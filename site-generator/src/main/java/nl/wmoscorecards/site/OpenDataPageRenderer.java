package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.DownloadRow;
import nl.wmoscorecards.site.view.OpenDataView;

/** Writes open-data.html: every open-data file, how the files are made, and the data dictionary. */
final class OpenDataPageRenderer {
    static final String TEMPLATE = "open-data.ftlh";
    static final String TITLE = "Open data";

    void render(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        List<DownloadRow> years = plan.runsNewestFirst().stream()
                .map(run -> row("KPI-resultaten " + run.year() + ", alle meetregio's", "", OpenDataPaths.year(run.year())))
                .toList();
        List<DownloadRow> scorecards = plan.pages().stream()
                .map(page -> row(page.title(), "", OpenDataPaths.scorecard(page.region().id(), page.run().year())))
                .toList();
        List<DownloadRow> providers = plan.providers().stream()
                .map(provider -> new DownloadRow(model.providerLabel(provider),
                        OpenDataPaths.providerFiles(OpenDataPaths.provider(provider)).stream()
                                .map(f -> new DownloadLink(f.path(), model.providerLabel(provider), f.format())).toList()))
                .toList();
        List<DownloadRow> runFiles = plan.runsNewestFirst().stream()
                .map(run -> new DownloadRow("KPI-resultaten " + run.year(),
                        List.of(new DownloadLink(SitePaths.dataFile(run.year()), "", "JSON"))))
                .toList();
        DataTable dictionary = new DataTable("Kolommen van de open data", List.of("Kolom", "Eenheid", "Betekenis"),
                OpenDataColumn.ALL.stream().map(c -> List.of(c.name(), c.unit(), c.meaning())).toList());
        List<String> lead = List.of(
                "Elke tabel van deze site als open data, onder de licentie CC0, in vier vormen: een CSV voor Excel"
                        + " (UTF-8 met BOM, puntkomma als scheidingsteken, decimale komma: Nederlandse Excel opent hem"
                        + " in kolommen), een XLSX, een CSV voor programma's (komma als scheidingsteken, decimale punt)"
                        + " en JSON.",
                contents(model) + " Bij elke rij staan de norm, de normbanden en de status (voorlopig of"
                        + " definitief). Per zorgaanbieder zijn er de twee CSV's; de XLSX en JSON met alle"
                        + " zorgaanbieders staan per jaar.",
                "Tekstvelden die met = + - of @ beginnen, krijgen een apostrof ervoor, zodat een spreadsheet ze niet"
                        + " als formule uitvoert. Dezelfde gegevens geven altijd dezelfde bestanden.");
        out.page(TEMPLATE, new OpenDataView(PageInfos.of(model, SitePaths.OPEN_DATA, TITLE), TITLE, lead, years,
                scorecards, providers, dictionary, OpenDataPaths.DICTIONARY, RevisionFeed.PATH, RevisionLog.JSON_PATH,
                runFiles), SitePaths.OPEN_DATA, TITLE);
    }

    /** What the files hold, exactly as the publication policy decided it for this edition. */
    static String contents(SiteModel model) {
        if (model.edition() == Edition.INTERNAL) {
            return "Interne editie: de bestanden bevatten alle waarden, niet afgerond (de kolom waarde met alle"
                    + " decimalen), met alle aantallen, ook van kleine groepen en van groepen die niet gemeten zijn.";
        }
        return "De bestanden bevatten precies wat de pagina's tonen: waarden afgerond zoals op de pagina (één decimaal;"
                + " aantallen en bedragen heel), de beoordeling, n en het aantal cliënten in zorg. Er staat geen getal in"
                + " dat rust op minder cliënten dan het minimum van de regio (meestal 10): niet van groepen die niet"
                + " gemeten zijn, niet van een waarde op minder dan het minimum (de kolom toelichting zegt dan waarom),"
                + " en geen aantal cliënten in zorg onder het minimum. Tellers (numerator) staan er niet in."
                + " Uitsplitsingen (oorzaken, gemeenten, redenen, uitkomsten) staan alleen in het jaarbestand"
                + " kpi-resultaten-{jaar}.json, en daar alleen delen van minstens het minimum, met de kleinere delen"
                + " samen als 'rest' als ook die samen het minimum halen.";
    }

    /** A scorecard's download links, from the page's folder. */
    static List<DownloadLink> downloads(String root, ScorecardPage page) {
        List<DownloadLink> links = new ArrayList<>();
        for (OpenDataPaths.File file : OpenDataPaths.files(OpenDataPaths.scorecard(page.region().id(), page.run().year()))) {
            links.add(new DownloadLink(root + file.path(), "Deze tabel", file.format()));
        }
        for (OpenDataPaths.File file : OpenDataPaths.files(OpenDataPaths.year(page.run().year()))) {
            links.add(new DownloadLink(root + file.path(), "Alle meetregio's " + page.run().year(), file.format()));
        }
        return links;
    }

    private static DownloadRow row(String label, String root, String stem) {
        return new DownloadRow(label, OpenDataPaths.files(stem).stream()
                .map(f -> new DownloadLink(root + f.path(), label, f.format())).toList());
    }
}
