package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.ScorecardTables.parse;
import static nl.wmoscorecards.site.SiteFixture.JUST_BELOW;
import static nl.wmoscorecards.site.SiteFixture.ON_THE_NORM;
import static nl.wmoscorecards.site.SiteFixture.SMALL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Golden-style checks of the provider, KPI, report-type, open-data and sitemap pages, escaping and EDITIONS. */
@WholeSiteSuite
class SitePagesTest {
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"klik\")";
    static final String SVG_HOSTILE = "</title><svg onload=alert(1)>";
    static final InternalData DELIVERIES = InternalFixture.data();

    @RegisterExtension
    static final BothEditions EDITIONS = BothEditions.of(edition -> new SiteModel(SiteFixture.CONFIG,
            List.of(SiteFixture.run2025(), SiteFixture.run2026()), edition, names(), DELIVERIES));

    /** The fixture's names with a formula and markup that closes an SVG title as two providers' names. */
    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>(SiteFixture.PROVIDER_NAMES);
        names.put(SMALL, FORMULA_NAME);
        names.put(SiteFixture.FEW_RESPONDENTS, SVG_HOSTILE);
        return names;
    }

    static List<Path> files(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Nested
    class ProviderPage {
        @Test
        void showsEveryRegionWithAYearRowAndATrendChartPerKpi() throws IOException {
            Document page = parse(EDITIONS.publicSite().resolve("aanbieders/" + ON_THE_NORM + ".html"));
            assertThat(page.select("h2").eachText()).contains("Meetregio Purmerend/Edam-Volendam", "Meetregio Zaanstad/Wormerland");
            Element purmerend = page.selectFirst("section#regio-purmerend-edam-volendam, section[aria-labelledby=regio-purmerend-edam-volendam]");
            assertThat(purmerend.select("tbody th").eachText()).containsExactly("2026", "2025");
            assertThat(purmerend.select("figure.trend-chart svg")).hasSize(3);
            Element start = purmerend.select("figure.trend-chart").stream()
                    .filter(f -> f.text().contains("Continuïteit")).findFirst().orElseThrow();
            assertThat(start.select("circle")).hasSize(2);
            assertThat(start.selectFirst("desc").text()).contains("2025: 91,3%", "2026: 92,0%");
            assertThat(start.select("line.trend-chart__norm")).hasSize(1);
        }

        @Test
        void aKpiWithoutAnyMeasuredYearGetsNoEmptyChartButIsNamed() throws IOException {
            Document page = parse(EDITIONS.publicSite().resolve("aanbieders/" + SMALL + ".html"));
            Element purmerend = page.selectFirst("section[aria-labelledby=regio-purmerend-edam-volendam]");
            assertThat(purmerend.select("figure.trend-chart")).isEmpty();
            assertThat(purmerend.selectFirst("p.trend-chart__none").text())
                    .contains("Resultaat behaald", "Continuïteit van ondersteuning (start zorg)");
        }

        @Test
        void deliveriesAppearOnlyInTheInternalEdition() throws IOException {
            Document internal = parse(EDITIONS.internalSite().resolve("aanbieders/" + ON_THE_NORM + ".html"));
            assertThat(internal.selectFirst("section.internal").text()).contains("niet geleverd", "te laat geleverd", "2 mei 2026");
            assertThat(internal.selectFirst(".edition-notice")).isNotNull();
            Document published = parse(EDITIONS.publicSite().resolve("aanbieders/" + ON_THE_NORM + ".html"));
            assertThat(published.select("section.internal, .edition-notice")).isEmpty();
        }
    }

    @Test
    void kpiPageExplainsDefinitionNormBandsPeriodMethodSourceAndCaveat() throws IOException {
        Document page = parse(EDITIONS.publicSite().resolve("kpi/zaanstreek-waterland/result-achieved.html"));
        assertThat(page.text()).contains("onvoldoende: lager dan 65%", "goed: 80% of hoger", "1 januari t/m 31 december",
                "evaluaties", "Bron", "Vergelijk zorgaanbieders alleen binnen dezelfde meetregio");
        assertThat(page.select("a[href$=2025.html]")).isNotEmpty();
    }

    @Test
    void reportTypePageListsColumnsAndOffersTheCoreTemplates() throws IOException {
        Document page = parse(EDITIONS.publicSite().resolve("rapportages/klachten.html"));
        assertThat(page.select("table tbody tr")).isNotEmpty();
        assertThat(page.select("section.downloads a").eachAttr("href"))
                .containsExactly("../rapportages/sjabloon-klachten.csv", "../rapportages/sjabloon-klachten.xlsx");
        var type = SiteFixture.CONFIG.reportTypes().type("klachten").orElseThrow();
        assertThat(Files.readAllBytes(EDITIONS.publicSite().resolve("rapportages/sjabloon-klachten.csv")))
                .isEqualTo(nl.wmoscorecards.core.report.ReportTemplates.csv(type));
    }

    @Test
    void reportTypePageNamesTheRegionsThatRequireItAndByWhen() throws IOException {
        assertThat(parse(EDITIONS.publicSite().resolve("rapportages/klachten.html")).text())
                .contains("Zaanstreek-Waterland: jaarlijks, uiterlijk 1 april na het jaar waarover het gaat")
                .doesNotContain("Midden-Limburg:", "Delft-Westland-Oostland:", "Brabant Noordoost-oost:");
        assertThat(parse(EDITIONS.publicSite().resolve("rapportages/accountantsverklaring.html")).text())
                .contains("Midden-Limburg: jaarlijks, uiterlijk 1 april na het jaar waarover het gaat (boven € 125.000)")
                .doesNotContain("Zaanstreek-Waterland:");
        assertThat(parse(EDITIONS.publicSite().resolve("rapportages/productieverantwoording.html")).text())
                .contains("Midden-Limburg: jaarlijks, uiterlijk 1 maart na het jaar waarover het gaat");
        assertThat(parse(EDITIONS.publicSite().resolve("rapportages/wachtlijst.html")).text())
                .contains("Geen inkoopregio verplicht deze rapportage");
    }

    @Test
    void openDataCsvNamesUnitsAndNeutralisesFormulas() throws IOException {
        List<String> lines = Files.readAllLines(EDITIONS.publicSite().resolve("data/purmerend-edam-volendam-2025.csv"));
        assertThat(lines.get(0)).contains("\"eenheid\"", "\"waarde\"", "\"n\"");
        assertThat(String.join("\n", lines)).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(CsvCells.neutralise("+31")).isEqualTo("'+31");
        assertThat(CsvCells.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvCells.neutralise("@SUM")).isEqualTo("'@SUM");
        assertThat(CsvCells.neutralise("Zorg")).isEqualTo("Zorg");
    }

    @Test
    void sitemapListsEveryHtmlPage() throws IOException {
        Document sitemap = parse(EDITIONS.publicSite().resolve("sitemap.html"));
        List<String> listed = sitemap.select("main a").eachAttr("href");
        for (Path file : files(EDITIONS.publicSite())) {
            String path = EDITIONS.publicSite().relativize(file).toString().replace('\\', '/');
            if (path.equals(UploadPageRenderer.PAGE)) {
                assertThat(listed).as("the providers' upload page stays out of the sitemap").doesNotContain(path);
            } else if (path.endsWith(".html")) {
                assertThat(listed).as("sitemap").contains(path);
            }
        }
    }

    @Test
    void markupInProviderNamesIsEscapedInEveryFile() throws IOException {
        for (Path file : files(EDITIONS.publicSite())) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".html")) {
                continue; // CSV and JSON carry the name as data, quoted per format; checked below
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString()).doesNotContain("<script>alert").doesNotContain("<svg onload");
            if (name.endsWith(".html")) {
                Document page = parse(file);
                // Only the providers' upload page has a script: its own file, nothing inline.
                assertThat(page.select("script, [onload]")).as(file.toString()).allSatisfy(script ->
                        assertThat(script.outerHtml()).isEqualTo("<script src=\"aanleveren.js\" defer></script>"));
                assertThat(page.select("svg svg")).as(file.toString()).isEmpty();
            }
        }
        String csv = Files.readString(EDITIONS.publicSite().resolve("data/purmerend-edam-volendam-2025.csv"));
        assertThat(csv).contains("\"<script>alert('x')</script> Thuiszorg\"");
        String json = Files.readString(EDITIONS.publicSite().resolve("data/purmerend-edam-volendam-2025.json"));
        assertThat(json).contains("\"zorgaanbieder\" : \"<script>alert('x')</script> Thuiszorg\"");
        Document hostile = parse(EDITIONS.publicSite().resolve("aanbieders/" + JUST_BELOW + ".html"));
        assertThat(hostile.selectFirst("h1").text()).isEqualTo(SiteFixture.HOSTILE_NAME);
        Document svgHostile = parse(EDITIONS.publicSite().resolve("aanbieders/" + SiteFixture.FEW_RESPONDENTS + ".html"));
        assertThat(svgHostile.selectFirst("figcaption").text()).doesNotContain(SVG_HOSTILE);
        assertThat(svgHostile.selectFirst("h1").text()).isEqualTo(SVG_HOSTILE);
    }

    @Test
    void publicEditionHoldsNoInternalDataAndNoSuppressedFigure() throws IOException {
        for (Path file : files(EDITIONS.publicSite())) {
            if (file.toString().endsWith(".xlsx")) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file.toString())
                    .doesNotContain("niet geleverd", "te laat geleverd", "Verplichte rapportages", "Interne editie",
                            "local_team", "lokaal team 2", "n = 4, 6 cliënten in zorg")
                    // escalations, round tables and dossiers: ids, sections, anchors, states and pages
                    .doesNotContain(InternalFixture.OPEN_ID, InternalFixture.CLOSED_ID, InternalFixture.NO_SCORECARD_ID,
                            InternalFixture.NO_SCORECARD, "intern/", "Intern:", ">Intern<", "Escalaties", "escalatie-",
                            "Escalatie ", "Cliëntenstop", "Tekortkomingen", "52,9% (onvoldoende)", "j.jansen")
                    // a KPI's public source document may name an "Overlegtafel"; round-table pages may not appear
                    .doesNotContain("overlegtafels/", "Overlegtafels", "Overlegtafel Zaanstreek-Waterland",
                            "contractmanagementgesprekken/", "Contractmanagementgesprekken", "Derde partij",
                            "Uitgenodigde zorgaanbieders")
                    .doesNotContain("Dossier contractmanagementgesprek", "Dossiers contractmanagementgesprek",
                            "# Contractmanagementgesprek")
                    .doesNotContain(java.util.Arrays.stream(nl.wmoscorecards.core.escalation.EscalationState.values())
                            .filter(state -> state.step() > 0).map(state -> state.dutchLabel()).toArray(String[]::new));
        }
        // Every row of an unmeasured group in the open data is without counts.
        for (String line : Files.readAllLines(EDITIONS.publicSite().resolve("data/purmerend-edam-volendam-2025.csv"))) {
            if (line.split("\",\"")[12].equals("nee")) { // column gemeten
                assertThat(line).endsWith("\"\",\"\",\"\",\"\"".substring(0, 0) + "\"\",\"\",\"\"");
            }
        }
        String json = Files.readString(EDITIONS.publicSite().resolve("data/kpi-results-2025.json"));
        assertThat(json).doesNotContain("\"local_team\"");
        assertThat(EDITIONS.publicSite().resolve("intern")).doesNotExist();
        assertThat(files(EDITIONS.publicSite())).noneMatch(f -> f.toString().endsWith(".md"));
    }

    @Test
    void staleFilesAreRemovedOnlyFromASiteFolder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "mine");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StaleFiles.checkOwned(folder))
                .hasMessageContaining("not empty");
        Path site = folder.resolve("site");
        SiteGenerator generator = new SiteGenerator();
        StaleFiles.checkOwned(site);
        StaleFiles.removeAllBut(site, generator.generate(SiteFixture.model(Edition.PUBLIC), site));
        Files.createDirectories(site.resolve("regio/oud"));
        Files.writeString(site.resolve("regio/oud/2019.html"), "old");
        StaleFiles.checkOwned(site);
        List<Path> removed = StaleFiles.removeAllBut(site, generator.generate(SiteFixture.model(Edition.PUBLIC), site));
        assertThat(removed).containsExactly(site.resolve("regio/oud/2019.html").toAbsolutePath().normalize());
        assertThat(site.resolve("regio/oud")).doesNotExist();
        assertThat(site.resolve("index.html")).exists();
    }
}
