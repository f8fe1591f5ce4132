package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.KpiResults.measured;
import static nl.wmoscorecards.site.KpiResults.satisfaction;
import static nl.wmoscorecards.site.KpiResults.tooFewClients;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The comparisons a reader sees on the scorecards and KPI pages: the regional median (odd and even counts,
 * too few providers, suppressed values left out), last year's value with its change mark (better, worse,
 * equal after rounding, higher/lower without a norm; none without a previous scorecard, value or
 * publication), the rankings per KPI and the KPI page's values across measurement regions.
 */
@WholeSiteSuite
class ComparisonsTest {
    static final String PURMEREND = SiteFixture.PURMEREND;
    static final String ZAANSTAD = SiteFixture.ZAANSTAD;
    static final String DWO = SiteFixture.DWO;
    static final String ANNA = "10000001";
    static final String BRAM = "10000002";
    static final String CEES = "10000003";
    static final String DIRK = "10000004";
    static final String EVA = "10000005";
    static final String FLOOR = "10000006";
    static final Map<String, String> NAMES = Map.of(ANNA, "Anna Zorg", BRAM, "Bram Begeleiding", CEES, "Cees Care",
            DIRK, "Dirk Dagbesteding", EVA, "Eva Thuis", FLOOR, "Floor Welzijn");
    static final String RESULT = "Resultaat behaald";
    static final String START = "Continuïteit van ondersteuning (start zorg)";
    static final String SATISFACTION = "Cliënttevredenheid";
    static final String WAITING = "Aantal wachtenden";

    @RegisterExtension
    static final BothEditions EDITIONS = BothEditions.of(ComparisonsTest::model);

    static SiteModel model(Edition edition) {
        return new SiteModel(SiteFixture.CONFIG, List.of(run(2024, List.of(
                waiting(2024, ANNA, 4), waiting(2024, BRAM, 30))), run(2025, List.of(
                percent(2025, PURMEREND, ANNA, "result-achieved", 60, Band.INSUFFICIENT),
                percent(2025, PURMEREND, BRAM, "result-achieved", 70, Band.SUFFICIENT),
                percent(2025, PURMEREND, CEES, "result-achieved", 80, Band.SUFFICIENT),
                percent(2025, PURMEREND, DIRK, "result-achieved", 90, Band.GOOD),
                percent(2025, PURMEREND, ANNA, "start-within-6-weeks", 85, Band.SUFFICIENT),
                percent(2025, PURMEREND, BRAM, "start-within-6-weeks", 95, Band.GOOD),
                tooFewClients(2025, PURMEREND, EVA, "start-within-6-weeks", 4, 6),
                satisfaction(2025, PURMEREND, ANNA, 7.0, 20, 30, Band.NOT_ACHIEVED),
                satisfaction(2025, PURMEREND, BRAM, 8.0, 20, 30, Band.NOT_ACHIEVED),
                satisfaction(2025, PURMEREND, CEES, 9.0, 20, 30, Band.ACHIEVED),
                waiting(2025, ANNA, 12), waiting(2025, BRAM, 20), waiting(2025, CEES, 5))), run(2026, List.of(
                percent(2026, PURMEREND, ANNA, "result-achieved", 66, Band.SUFFICIENT),
                percent(2026, PURMEREND, BRAM, "result-achieved", 69.96, Band.SUFFICIENT),
                percent(2026, PURMEREND, CEES, "result-achieved", 75, Band.SUFFICIENT),
                tooFewClients(2026, PURMEREND, DIRK, "result-achieved", 4, 6),
                percent(2026, PURMEREND, FLOOR, "result-achieved", 80, Band.GOOD),
                percent(2026, ZAANSTAD, EVA, "result-achieved", 95, Band.GOOD)))),
                edition, NAMES);
    }

    @Nested
    class RegionalMedian {
        static Stream<Arguments> purmerend2025() {
            return Stream.of(
                    Arguments.of("an even count takes the mean of the middle two", RESULT,
                            "75,0% mediaan van 4 zorgaanbieders"),
                    Arguments.of("an odd count takes the middle value", SATISFACTION,
                            "8,0 mediaan van 3 zorgaanbieders"),
                    Arguments.of("unmeasured providers do not count, and two values give no median", START,
                            "geen mediaan: minder dan 3 zorgaanbieders met een waarde"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("purmerend2025")
        void ofTheMeasuredProviders(String rule, String kpiTitle, String median) throws IOException {
            assertThat(median(scorecard(EDITIONS.publicSite(), PURMEREND, 2025), kpiTitle)).isEqualTo(median);
        }

        @Test
        void aValueThePublicEditionSuppressesDoesNotCountInItsMedian() throws IOException {
            assertThat(median(scorecard(EDITIONS.publicSite(), DWO, 2025), WAITING))
                    .isEqualTo("geen mediaan: minder dan 3 zorgaanbieders met een waarde");
            assertThat(median(scorecard(EDITIONS.internalSite(), DWO, 2025), WAITING))
                    .isEqualTo("12 mediaan van 3 zorgaanbieders");
        }

        @Test
        void isExplainedOnTheScorecard() throws IOException {
            assertThat(scorecard(EDITIONS.publicSite(), PURMEREND, 2025).select(".explanation dt").eachText())
                    .contains("Mediaan meetregio", "Vorig jaar");
        }
    }

    @Nested
    class PreviousYear {
        /** Purmerend's result-achieved in 2026 beside 2025, per provider. */
        static Stream<Arguments> resultAchieved2026() {
            return Stream.of(
                    Arguments.of("a higher value on a normed KPI is better, in words", "Anna Zorg",
                            "vorig jaar (2025): 60,0%, beter"),
                    Arguments.of("a lower value is worse", "Cees Care", "vorig jaar (2025): 80,0%, slechter"),
                    Arguments.of("values that display the same are equal whatever their last decimals",
                            "Bram Begeleiding", "vorig jaar (2025): 70,0%, gelijk"),
                    Arguments.of("not measured this year shows last year without a mark", "Dirk Dagbesteding",
                            "vorig jaar (2025): 90,0%"),
                    Arguments.of("a provider new to the scorecard had no data", "Floor Welzijn",
                            "vorig jaar (2025): geen gegevens"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("resultAchieved2026")
        void isComparedInWords(String rule, String provider, String previous) throws IOException {
            assertThat(previous(EDITIONS.publicSite(), PURMEREND, 2026, provider, RESULT)).isEqualTo(previous);
        }

        @Test
        void theArrowOnlyRepeatsTheWordAndIsHiddenFromScreenReaders() throws IOException {
            Element mark = cell(EDITIONS.publicSite(), PURMEREND, 2026, "Anna Zorg", RESULT).selectFirst(".change-mark");
            assertThat(mark.selectFirst("[aria-hidden=true]").text()).isEqualTo("▲");
            assertThat(mark.ownText()).isEqualTo("beter");
        }

        @Test
        void withoutAScorecardTheYearBeforeThereIsNoPreviousValueAndThePageSaysWhy() throws IOException {
            Document page = scorecard(EDITIONS.publicSite(), ZAANSTAD, 2026);
            assertThat(page.select(".kpi-cell__previous")).isEmpty();
            assertThat(page.select(".explanation").text())
                    .contains("Er is geen scorecard van 2025 voor deze meetregio");
        }

        @Test
        void aValueSuppressedLastYearIsNotShownNorCompared() throws IOException {
            assertThat(previous(EDITIONS.publicSite(), DWO, 2025, "Anna Zorg", WAITING))
                    .isEqualTo("vorig jaar (2024): niet gepubliceerd");
            assertThat(previous(EDITIONS.internalSite(), DWO, 2025, "Anna Zorg", WAITING))
                    .isEqualTo("vorig jaar (2024): 4, hoger");
        }

        @Test
        void aKpiWithoutANormIsOnlyHigherOrLower() throws IOException {
            assertThat(previous(EDITIONS.publicSite(), DWO, 2025, "Bram Begeleiding", WAITING))
                    .isEqualTo("vorig jaar (2024): 30, lager");
        }

        @Test
        void isNotInTheMedianRow() throws IOException {
            assertThat(scorecard(EDITIONS.publicSite(), PURMEREND, 2026).select("tfoot .kpi-cell__previous")).isEmpty();
        }
    }

    @Nested
    class Rankings {
        @Test
        void listProvidersFromTheHighestValueWithRankBandAndLastYear() throws IOException {
            Element table = scorecard(EDITIONS.publicSite(), PURMEREND, 2026).getElementById("rangorde-result-achieved")
                    .selectFirst("table");
            assertThat(table.select("tbody tr").eachText()).containsExactly(
                    "Floor Welzijn 1 80,0% goed geen gegevens",
                    "Cees Care 2 75,0% voldoende 80,0% (slechter)",
                    "Bram Begeleiding 3 70,0% voldoende 70,0% (gelijk)",
                    "Anna Zorg 4 66,0% voldoende 60,0% (beter)");
        }

        @Test
        void nameTheProvidersWithoutAValue() throws IOException {
            assertThat(scorecard(EDITIONS.publicSite(), PURMEREND, 2026).getElementById("rangorde-result-achieved")
                    .selectFirst(".ranking__unranked").text()).contains("Dirk Dagbesteding");
        }

        @Test
        void leaveOutAValueThePublicEditionSuppresses() throws IOException {
            Element ranking = scorecard(EDITIONS.publicSite(), DWO, 2025).getElementById("rangorde-waiting-list");
            assertThat(ranking.select("tbody th").eachText()).containsExactly("Bram Begeleiding", "Anna Zorg");
            assertThat(ranking.text()).doesNotContain(" 5 ");
        }
    }

    @Nested
    class KpiPage {
        @Test
        void showsEveryProviderWithAValueAcrossMeasurementRegionsHighestFirst() throws IOException {
            Document page = ScorecardTables.parse(EDITIONS.publicSite().resolve("kpi/zaanstreek-waterland/result-achieved.html"));
            Element table = page.selectFirst("#vergelijking ~ .data-table table, section:has(#vergelijking) table");
            // From the values as shown (69.96 shows as 70,0): the median of 66, 70, 75 and 80 is (70 + 75) / 2 = 72.5.
            assertThat(table.select("tbody tr").eachText()).containsExactly(
                    "Eva Thuis 1 Zaanstad/Wormerland 95,0% goed geen mediaan: minder dan 3 zorgaanbieders met een waarde",
                    "Floor Welzijn 2 Purmerend/Edam-Volendam 80,0% goed 72,5% (mediaan van 4 zorgaanbieders)",
                    "Cees Care 3 Purmerend/Edam-Volendam 75,0% voldoende 72,5% (mediaan van 4 zorgaanbieders)",
                    "Bram Begeleiding 4 Purmerend/Edam-Volendam 70,0% voldoende 72,5% (mediaan van 4 zorgaanbieders)",
                    "Anna Zorg 5 Purmerend/Edam-Volendam 66,0% voldoende 72,5% (mediaan van 4 zorgaanbieders)");
        }

        @Test
        void drawsADotPerProviderAgainstTheBandsAndTheNorm() throws IOException {
            Document page = ScorecardTables.parse(EDITIONS.publicSite().resolve("kpi/zaanstreek-waterland/result-achieved.html"));
            Element chart = page.selectFirst("figure.dot-chart svg[role=img]");
            assertThat(chart.select("circle")).hasSize(5);
            assertThat(chart.select("rect")).hasSize(3);
            assertThat(chart.select(".dot-chart__norm")).hasSize(1);
            assertThat(chart.selectFirst("desc").text()).contains("1. Eva Thuis (Zaanstad/Wormerland): 95,0%");
            assertThat(page.selectFirst("figcaption").text()).contains("onvoldoende: lager dan 65%");
        }

        @Test
        void leavesOutAValueThePublicEditionSuppresses() throws IOException {
            Path path = Path.of("kpi/dwo/waiting-list.html");
            assertThat(ScorecardTables.parse(EDITIONS.publicSite().resolve(path)).select("section:has(#vergelijking) tbody th")
                    .eachText()).containsExactly("Bram Begeleiding", "Anna Zorg");
            assertThat(ScorecardTables.parse(EDITIONS.internalSite().resolve(path)).select("section:has(#vergelijking) tbody th")
                    .eachText()).containsExactly("Bram Begeleiding", "Anna Zorg", "Cees Care");
        }
    }

    @Test
    void aKpiPageWithTooManyValuesForOneListShowsTheMedianPerMeasurementRegion(@TempDir Path site) throws IOException {
        List<KpiResult> results = new java.util.ArrayList<>();
        for (String region : List.of(PURMEREND, ZAANSTAD, "oostzaan-waterland-landsmeer")) {
            for (int i = 0; i < 90; i++) {
                results.add(percent(2025, region, Integer.toString(20_000_000 + i), "result-achieved", 50 + i / 3.0,
                        Band.INSUFFICIENT));
            }
        }
        new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(run(2025, results)), Edition.PUBLIC,
                Map.of()), site);
        Document page = ScorecardTables.parse(site.resolve("kpi/zaanstreek-waterland/result-achieved.html"));
        assertThat(page.select("section:has(#vergelijking) > p").first().text()).contains("270 zorgaanbieders");
        assertThat(page.select("section:has(#vergelijking) tbody th").eachText())
                .containsExactly("Purmerend/Edam-Volendam", "Oostzaan/Waterland/Landsmeer", "Zaanstad/Wormerland");
        assertThat(page.select("figure.dot-chart circle")).hasSize(3);
    }

    @Nested
    class ProviderIndex {
        @Test
        void groupsProvidersByFirstLetterWithJumpLinks() throws IOException {
            Document page = ScorecardTables.parse(EDITIONS.publicSite().resolve("aanbieders/index.html"));
            assertThat(page.select(".letter-index a").eachAttr("href"))
                    .containsExactly("#letter-a", "#letter-b", "#letter-c", "#letter-d", "#letter-e", "#letter-f");
            assertThat(page.select("section:has(> #letter-b) li a").eachText()).containsExactly("Bram Begeleiding");
        }

        @Test
        void hasAListPerMeasurementRegionThatNeedsNoScript() throws IOException {
            Document index = ScorecardTables.parse(EDITIONS.publicSite().resolve("aanbieders/index.html"));
            assertThat(index.select("section:has(#per-meetregio) a").eachAttr("href"))
                    .containsExactly("../aanbieders/regio/purmerend-edam-volendam.html",
                            "../aanbieders/regio/zaanstad-wormerland.html", "../aanbieders/regio/dwo.html");
            Document zaanstad = ScorecardTables.parse(EDITIONS.publicSite().resolve("aanbieders/regio/zaanstad-wormerland.html"));
            assertThat(zaanstad.select("section:has(#aanbieders) li a").eachText()).containsExactly("Eva Thuis");
        }
    }

    @Test
    void medianOfFewerThanTheMinimumIsNotPublished() {
        assertThat(Comparisons.median(List.of(1.0, 2.0))).isNull();
        assertThat(Comparisons.median(List.of(3.0, 1.0, 2.0, 10.0))).isEqualTo(2.5);
    }

    private static KpiRun run(int year, List<KpiResult> results) {
        return new KpiRun(year, LocalDate.of(year + 1, 4, 1), Instant.parse(year + 1 + "-04-01T06:00:00Z"), results);
    }

    private static KpiResult percent(int year, String region, String provider, String kpi, double value, Band band) {
        return measured(year, region, provider, kpi, value, Math.round(value), 100, 30, band);
    }

    private static KpiResult waiting(int year, String provider, double count) {
        return measured(year, DWO, provider, "waiting-list", count, (long) count, 1, 30, null);
    }

    private static Document scorecard(Path site, String region, int year) throws IOException {
        return ScorecardTables.parse(site.resolve(SitePaths.scorecardPage(region, year)));
    }

    private static String median(Document page, String kpiName) {
        int column = ScorecardTables.kpiNames(page).indexOf(kpiName);
        return ScorecardTables.table(page).select("tfoot td").get(column).text();
    }

    private static Element cell(Path site, String region, int year, String provider, String kpiName) throws IOException {
        return ScorecardTables.cell(scorecard(site, region, year), provider, kpiName);
    }

    private static String previous(Path site, String region, int year, String provider, String kpiName)
            throws IOException {
        Element previous = cell(site, region, year, provider, kpiName).selectFirst(".kpi-cell__previous");
        assertThat(previous).as("previous-year line of %s on %s", provider, kpiName).isNotNull();
        // As a screen reader reads it: the arrow is decoration, the word carries the change.
        Element spoken = previous.clone();
        spoken.select("[aria-hidden=true]").remove();
        return spoken.text();
    }
}
