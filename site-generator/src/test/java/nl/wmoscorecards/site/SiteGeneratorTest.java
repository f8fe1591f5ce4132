package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.ScorecardTables.cell;
import static nl.wmoscorecards.site.ScorecardTables.kpiNames;
import static nl.wmoscorecards.site.ScorecardTables.parse;
import static nl.wmoscorecards.site.ScorecardTables.rowHeaders;
import static nl.wmoscorecards.site.ScorecardTables.table;
import static nl.wmoscorecards.site.SiteFixture.FEW_RESPONDENTS;
import static nl.wmoscorecards.site.SiteFixture.HOSTILE_NAME;
import static nl.wmoscorecards.site.SiteFixture.SMALL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.site.KpiRunJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden-style tests: render the fixture site once and check what a reader of each page would notice. */
@WholeSiteSuite
class SiteGeneratorTest {
    private static final String SATISFACTION = "Cliënttevredenheid";
    private static final String RESULT = "Resultaat behaald";
    private static final String START = "Continuïteit van ondersteuning (start zorg)";
    private static final String ON_THE_NORM_NAME = "Zorg & Welzijn Waterland";
    private static final String BUURTTEAM = "Buurtteam Oost";

    @RegisterExtension
    static final BothEditions EDITIONS = BothEditions.of(SiteFixture::model);

    static Document purmerend2025() throws IOException {
        return parse(EDITIONS.publicSite().resolve("regio/purmerend-edam-volendam/2025.html"));
    }

    @Test
    void writesEveryPageTypeAndOnlyWhatItReports() throws IOException {
        assertThat(EDITIONS.publicFiles()).extracting(f -> EDITIONS.publicSite().relativize(f).toString().replace('\\', '/'))
                .contains("aanbieders/index.html", "aanbieders/11111111.html", "aanbieders/33333333.html",
                        "kpi/index.html", "kpi/zaanstreek-waterland/result-achieved.html", "kpi/dwo/client-satisfaction.html",
                        "rapportages/index.html", "open-data.html", "toegankelijkheid.html", "sitemap.html",
                        "data/purmerend-edam-volendam-2025.csv", "data/purmerend-edam-volendam-2025.json",
                        "assets/site.css")
                .filteredOn(f -> f.startsWith("regio/") || f.startsWith("data/kpi-results") || !f.contains("/"))
                .containsExactlyInAnyOrder(
                        "index.html",
                        "data/kpi-results-2025.json", "data/kpi-results-2026.json",
                        "regio/purmerend-edam-volendam/2025.html", "regio/purmerend-edam-volendam/2026.html",
                        "regio/zaanstad-wormerland/2025.html", "regio/dwo/2025.html",
                        "open-data.html", "toegankelijkheid.html", "sitemap.html");
        try (Stream<Path> onDisk = Files.walk(EDITIONS.publicSite())) {
            assertThat(onDisk.filter(Files::isRegularFile).toList()).containsExactlyInAnyOrderElementsOf(EDITIONS.publicFiles());
        }
    }

    @Nested
    class ScorecardPage {

        @Test
        void tableHasCaptionScopedHeadersAndOneRowPerProviderSortedByName() throws IOException {
            Document page = purmerend2025();
            Element table = table(page);
            assertThat(table.selectFirst("caption").text())
                    .isEqualTo("KPI-resultaten per zorgaanbieder, meetregio Purmerend/Edam-Volendam, 2025");
            assertThat(table.select("thead th[scope=col]").eachText().get(0)).isEqualTo("Zorgaanbieder");
            assertThat(kpiNames(page)).containsExactly(SATISFACTION, RESULT, START, "Start zorg tijdig gemeld (iWmo 305)");
            // Sorted by the shown label in Dutch collation; the provider without a name is shown by its AGB code.
            assertThat(rowHeaders(page)).containsExactly(HOSTILE_NAME, SMALL, BUURTTEAM, ON_THE_NORM_NAME);
            assertThat(table.select("tbody tr")).allSatisfy(tr -> assertThat(tr.select("td")).hasSize(4));
        }

        @Test
        void columnHeadersShowTheNormFromTheConfiguredBands() throws IOException {
            assertThat(table(purmerend2025()).select("thead .kpi-norm").eachText())
                    .containsExactly("norm: ≥ 8,5", "norm: ≥ 65%", "norm: ≥ 80%", "gemonitord, geen norm");
        }

        /**
         * On the norm (65.0) shows with a decimal comma and its band in words with an icon; just below the norm
         * (64.96) displays rounded half up but keeps the band it was given.
         */
        @ParameterizedTest(name = "{0}: {1} {2}")
        @CsvSource(delimiter = '|', textBlock = """
                ON_THE_NORM | 65,0% | voldoende   | sufficient   | voldoet aan de norm      | n = 40, 30 cliënten in zorg
                HOSTILE     | 65,0% | onvoldoende | insufficient | voldoet niet aan de norm | n = 2.000, 120 cliënten in zorg
                """)
        void aPercentageShowsItsValueBandInWordsWithIconAndCounts(String provider, String value, String band,
                                                                 String badge, String icon, String counts)
                throws IOException {
            Element cell = cell(purmerend2025(), provider.equals("HOSTILE") ? HOSTILE_NAME : ON_THE_NORM_NAME, RESULT);
            assertThat(cell.selectFirst(".kpi-cell__value").text()).isEqualTo(value);
            assertThat(cell.selectFirst(".status-badge").hasClass("status-badge--" + badge)).isTrue();
            assertThat(cell.selectFirst(".status-badge__label").text()).isEqualTo(band);
            assertThat(cell.selectFirst(".status-badge [role=img]").attr("aria-label")).isEqualTo(icon);
            assertThat(cell.selectFirst(".kpi-cell__counts").text()).isEqualTo(counts);
        }

        @Test
        void gradesShowOneDecimalWithoutPercentSign() throws IOException {
            Element cell = cell(purmerend2025(), ON_THE_NORM_NAME, SATISFACTION);
            assertThat(cell.selectFirst(".kpi-cell__value").text()).isEqualTo("8,6");
            assertThat(cell.selectFirst(".status-badge__label").text()).isEqualTo("behaald");
        }

        @Test
        void causesWithACountBelowTheMinimumAreAllLeftOutOfThePublicEdition() throws IOException {
            // 5, 7 and 2 are below 10; showing only the 7 would let 5 + 2 be derived from n and the value.
            Element cell = cell(purmerend2025(), ON_THE_NORM_NAME, RESULT);
            assertThat(cell.select(".kpi-cell__causes")).isEmpty();
            assertThat(cell(purmerend2025(), HOSTILE_NAME, RESULT).selectFirst(".kpi-cell__causes").text())
                    .isEqualTo("Oorzaak niet behaald: zorgaanbieder 701");
        }

        @Test
        void resultAchievedShowsTheCausesOfNonAchievementInDutchInTheInternalEdition() throws IOException {
            Element cell = cell(parse(EDITIONS.internalSite().resolve("regio/purmerend-edam-volendam/2025.html")),
                    ON_THE_NORM_NAME, RESULT);
            assertThat(cell.selectFirst(".kpi-cell__causes").text())
                    .isEqualTo("Oorzaak niet behaald: cliënt 5, zorgaanbieder 7, lokaal team 2");
        }

        @Test
        void unmeasuredGroupShowsWhyAndNoCountsInThePublicEdition() throws IOException {
            Element cell = cell(purmerend2025(), SMALL, RESULT);
            assertThat(cell.text()).isEqualTo("niet gemeten (minder dan 10 cliënten in zorg)");
            assertThat(cell.select(".kpi-cell__counts, .kpi-cell__value, .status-badge")).isEmpty();
            assertThat(cell.hasClass("kpi-cell--not-measured")).isTrue();
        }

        @Test
        void unmeasuredGroupShowsItsCountsInTheInternalEdition() throws IOException {
            Document internal = parse(EDITIONS.internalSite().resolve("regio/purmerend-edam-volendam/2025.html"));
            Element cell = cell(internal, SMALL, RESULT);
            assertThat(cell.selectFirst(".kpi-cell__note").text()).isEqualTo("niet gemeten (minder dan 10 cliënten in zorg)");
            assertThat(cell.selectFirst(".kpi-cell__counts").text()).isEqualTo("n = 4, 6 cliënten in zorg");
        }

        @Test
        void tooFewRespondentsIsNamedAsTheReason() throws IOException {
            Element cell = cell(purmerend2025(), BUURTTEAM, SATISFACTION);
            assertThat(cell.text()).isEqualTo("niet gemeten (minder dan 10 respondenten)");
        }

        @Test
        void providerWithoutAResultForAKpiShowsNoData() throws IOException {
            Element cell = cell(purmerend2025(), HOSTILE_NAME, SATISFACTION);
            assertThat(cell.text()).isEqualTo("geen gegevens");
            assertThat(cell.hasClass("kpi-cell--no-data")).isTrue();
        }

        @Test
        void providerNamesAreEscapedNotExecuted() throws IOException {
            Path file = EDITIONS.publicSite().resolve("regio/purmerend-edam-volendam/2025.html");
            String html = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Thuiszorg")
                    .doesNotContain("<script");
            assertThat(parse(file).select("script")).isEmpty();
            assertThat(html).contains("Zorg &amp; Welzijn Waterland");
        }

        @Test
        void monitoredKpiShowsItsValueWithoutNormOrBand() throws IOException {
            Document dwo = parse(EDITIONS.publicSite().resolve("regio/dwo/2025.html"));
            assertThat(table(dwo).select("thead .kpi-norm").eachText())
                    .containsOnly(KpiColumns.MONITORED_ONLY);
            Element cell = cell(dwo, SMALL, "Start zorg binnen 6 weken");
            assertThat(cell.selectFirst(".kpi-cell__value").text()).isEqualTo("87,5%");
            assertThat(cell.select(".status-badge")).isEmpty();
        }

        @Test
        void explanationGivesPeriodAsOfDateMinimumAndTheDataFile() throws IOException {
            Element explanation = purmerend2025().selectFirst("section.explanation");
            assertThat(explanation.text())
                    .contains("1 januari t/m 31 december 2025")
                    .contains("1 april 2026")
                    .contains("minstens 10 cliënten in zorg")
                    .contains("Cliënttevredenheid: ook minstens 10 respondenten")
                    .contains("onvoldoende: lager dan 65%", "voldoende: 65% tot 80%", "goed: 80% of hoger");
            assertThat(purmerend2025().select("section.downloads a").eachAttr("href"))
                    .containsExactly("../../data/purmerend-edam-volendam-2025-excel.csv",
                            "../../data/purmerend-edam-volendam-2025.xlsx", "../../data/purmerend-edam-volendam-2025.csv",
                            "../../data/purmerend-edam-volendam-2025.json", "../../data/alle-regios/2025-excel.csv",
                            "../../data/alle-regios/2025.xlsx", "../../data/alle-regios/2025.csv",
                            "../../data/alle-regios/2025.json");
        }
    }

    @Nested
    class EveryPage {

        @Test
        void isDutchSemanticHtmlWithSkipLinkAndNoScript() throws IOException {
            for (Path file : htmlFiles(EDITIONS.publicFiles())) {
                Document page = parse(file);
                assertThat(page.selectFirst("html").attr("lang")).as(file.toString()).isEqualTo("nl");
                assertThat(page.select("header, nav, main, footer")).as(file.toString()).hasSizeGreaterThanOrEqualTo(4);
                Element skip = page.selectFirst("body > a.skip-link");
                assertThat(skip.attr("href")).isEqualTo("#inhoud");
                assertThat(page.getElementById("inhoud").tagName()).isEqualTo("main");
                assertThat(page.select("h1")).hasSize(1);
                // No page runs a script but the providers' upload page, which needs one to send a file.
                assertThat(page.select("script")).as(file.toString())
                        .hasSize(file.endsWith(UploadPageRenderer.PAGE) ? 1 : 0);
                assertThat(page.select("[role=img]")).allSatisfy(i -> assertThat(i.attr("aria-label")
                        + i.attr("aria-labelledby")).isNotBlank());
            }
        }

        @Test
        void parsesWithoutHtmlErrorsAndHasUniqueIds() throws IOException {
            for (Path file : htmlFiles(EDITIONS.publicFiles())) {
                Parser parser = Parser.htmlParser().setTrackErrors(20);
                Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
                assertThat(parser.getErrors()).as("HTML errors in %s", file).isEmpty();
                List<String> ids = page.select("[id]").eachAttr("id");
                assertThat(ids).as("ids in %s", file).doesNotHaveDuplicates();
            }
        }

        @Test
        void everyInternalLinkResolvesToAGeneratedFile() throws IOException {
            for (Path file : htmlFiles(EDITIONS.publicFiles())) {
                Document page = parse(file);
                for (Element link : page.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    assertThat(href).as("link in %s", file).doesNotStartWith("/").doesNotContain("://");
                    if (href.startsWith("#")) {
                        assertThat(page.getElementById(href.substring(1))).as("anchor %s in %s", href, file).isNotNull();
                        continue;
                    }
                    Path target = file.getParent().resolve(href.replaceFirst("#.*$", "")).normalize();
                    assertThat(EDITIONS.publicFiles()).as("target of %s in %s", href, file).contains(target);
                }
            }
        }
    }

    @Nested
    class IndexPage {

        @Test
        void linksToEveryScorecardWithItsProviderCount() throws IOException {
            Document index = parse(EDITIONS.publicSite().resolve("index.html"));
            List<String> hrefs = index.select("main a[href]").eachAttr("href");
            List<String> scorecards = EDITIONS.publicFiles().stream()
                    .map(f -> EDITIONS.publicSite().relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.startsWith("regio/")).toList();
            assertThat(hrefs).containsAll(scorecards);
            Element purmerend = index.selectFirst("a[href=regio/purmerend-edam-volendam/2025.html]").parent();
            assertThat(purmerend.text()).isEqualTo("Scorecard 2025 Purmerend/Edam-Volendam (4 zorgaanbieders)");
        }

        @Test
        void listsEveryContractingRegionWithItsMeasurementRegions() throws IOException {
            Document index = parse(EDITIONS.publicSite().resolve("index.html"));
            assertThat(index.select("section.region > h2").eachText()).containsExactly(
                    "Zaanstreek-Waterland", "Delft-Westland-Oostland", "Brabant Noordoost-oost", "Midden-Limburg",
                    "Drechtsteden");
            assertThat(index.select("section.region").first().select("h3").eachText()).containsExactly(
                    "Purmerend/Edam-Volendam", "Oostzaan/Waterland/Landsmeer", "Zaanstad/Wormerland");
            assertThat(index.text()).contains("Nog geen scorecards.");
        }

        @Test
        void offersEachYearsDataFile() throws IOException {
            Document index = parse(EDITIONS.publicSite().resolve("index.html"));
            assertThat(index.select("section.downloads a").eachAttr("href"))
                    .containsExactly("data/kpi-results-2026.json", "data/kpi-results-2025.json");
        }
    }

    @Nested
    class DataFile {

        @Test
        void publicEditionLeavesOutTheSmallCausesAndTheCountsOfUnmeasuredGroups() throws IOException {
            assertThat(Files.readString(EDITIONS.publicSite().resolve("data/kpi-results-2025.json"), StandardCharsets.UTF_8))
                    .doesNotContain("\"local_team\"")
                    .contains("\"reason\" : \"too-few-clients-in-care\"")
                    .doesNotContain("\"clients\" : 6");
        }

        @Test
        void internalEditionIsExactlyTheCoreJsonWithAllCounts() throws IOException {
            assertThat(Files.readString(EDITIONS.internalSite().resolve("data/kpi-results-2025.json"), StandardCharsets.UTF_8))
                    .isEqualTo(KpiRunJson.toJson(SiteFixture.run2025()));
        }
    }

    @Test
    void stylesheetUsesNlDesignSystemTokensAndAVisibleFocus() throws IOException {
        String css = Files.readString(EDITIONS.publicSite().resolve("assets/site.css"), StandardCharsets.UTF_8);
        assertThat(css).contains("--utrecht-document-font-family", "--utrecht-table-", ":focus-visible",
                ".status-badge--insufficient");
    }

    private static List<Path> htmlFiles(List<Path> files) {
        return files.stream().filter(f -> f.toString().endsWith(".html")).toList();
    }
}
