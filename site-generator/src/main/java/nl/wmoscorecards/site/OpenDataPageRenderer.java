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
                "De bestanden bevatten wat de pagina's tonen: waarden afgerond zoals op de site, met de norm, de"
                        + " normbanden, de beoordeling en de status (voorlopig of definitief). Van groepen die niet"
                        + " gemeten zijn staan er geen aantallen in, het aantal cliënten in zorg alleen vanaf de"
                        + " minimale groepsgrootte, en een KPI die cliënten telt (zoals instroom) onder het minimum"
                        + " zonder getal; de kolom toelichting zegt waarom een waarde ontbreekt. Per zorgaanbieder zijn"
                        + " er de twee CSV's; de XLSX en JSON met alle zorgaanbieders staan per jaar.",
                "Tekstvelden die met = + - of @ beginnen, krijgen een apostrof ervoor, zodat een spreadsheet ze niet"
                        + " als formule uitvoert. Dezelfde gegevens geven altijd dezelfde bestanden.");
        out.page(TEMPLATE, new OpenDataView(PageInfos.of(model, SitePaths.OPEN_DATA, TITLE), TITLE, lead, years,
                scorecards, providers, dictionary, OpenDataPaths.DICTIONARY, RevisionFeed.PATH, RevisionLog.JSON_PATH,
                runFiles), SitePaths.OPEN_DATA, TITLE);
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
