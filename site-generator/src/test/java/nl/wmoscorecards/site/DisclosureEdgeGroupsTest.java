package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.NotMeasured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edge groups fed through the whole site: 9 and 10 in the measurement, 9 and 10 respondents, 9 and 10 clients in
 * care, a count of 9 and of 10, breakdowns with a part of 1 or a rest of 1 (complements of 1), and Midden-Limburg's
 * achieved / partly / not achieved as one breakdown. In the public edition no page, chart, CSV or JSON may let a
 * reader read or compute a group of 1 to 9 clients; what reaches 10 is published. The internal edition shows all.
 */
@WholeSiteSuite
class DisclosureEdgeGroupsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MINIMUM = 10;
    private static final String ZW = "purmerend-edam-volendam";
    private static final String ML = "midden-limburg";
    private static final String BNO = "bno-oost";
    private static final List<String> OUTCOMES = List.of("result-achieved", "result-partly-achieved", "result-not-achieved");

    @RegisterExtension
    static final BothEditions EDITIONS = BothEditions.of(
            edition -> new SiteModel(SiteFixture.CONFIG, List.of(run()), edition, Map.of()));

    private static KpiRun run() {
        int y = 2025;
        List<KpiResult> results = new ArrayList<>(List.of(
                // 8 of 9 started on time: n = 9 is below the minimum, whatever the engine said.
                share(ZW, "10000001", "start-within-6-weeks", 8, 9, 40, "sufficient"),
                // 7 of 10: n = 10 is published.
                share(ZW, "10000002", "start-within-6-weeks", 7, 10, 10, "insufficient"),
                // 26 not achieved: client 15, local team 8, provider 3. Shown: client 15 and the other 11 together.
                withCauses(share(ZW, "10000003", "result-achieved", 11, 37, 40, "insufficient"),
                        Map.of("client", 15, "local_team", 8, "provider", 3)),
                // 10 not achieved: client 9, provider 1: no part reaches 10, no cause is shown.
                withCauses(share(ZW, "10000004", "result-achieved", 20, 30, 40, "sufficient"),
                        Map.of("client", 9, "provider", 1)),
                // 9 and 10 respondents.
                survey("10000005", 6.37, 9), survey("10000006", 8.62, 10),
                // 9 clients in care: not measured, no counts.
                new KpiResult(y, ZW, "10000007", "start-within-6-weeks",
                        NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, MINIMUM), null,
                        BigDecimal.valueOf(4), 6, 9, null, null, Map.of(), null),
                // Counts of allocations: 9 is withheld, 10 is shown; 21 = Oss 10 + Boekel 10 + Bernheze 1.
                count("20000001", 9, Map.of("0828", 9)), count("20000002", 10, Map.of("0828", 10)),
                count("20000003", 21, Map.of("0828", 10, "0755", 10, "1721", 1))));
        // Midden-Limburg's outcomes of the same evaluations: 12/0/1 of 13, 9/0/1 of 10, 10/0/0 of 10, 30/11/12 of 53.
        results.addAll(outcomes("30000001", 12, 0, 1, 20));
        results.addAll(outcomes("30000002", 9, 0, 1, 20));
        results.addAll(outcomes("30000003", 10, 0, 0, 20));
        results.addAll(outcomes("30000004", 30, 11, 12, 60));
        // Sub-results: 35 of 81 achieved. Showing "2 behaald 12" beside "1 behaald 14" would leave 9 achieved.
        results.add(withCauses(share(ML, "30000005", "sub-results-achieved", 35, 81, 40, null), Map.of(
                "1 achieved", 14, "2 achieved", 12, "3 achieved", 9, "1 partly", 20, "2 not_achieved", 15,
                "3 not_achieved", 3, "4 partly", 8)));
        return new KpiRun(y, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T06:00:00Z"), results);
    }

    private static KpiResult share(String region, String provider, String kpi, long numerator, long n, int clients,
                                   String band) {
        return new KpiResult(2025, region, provider, kpi, null, 100.0 * numerator / n, BigDecimal.valueOf(numerator), n,
                clients, null, band == null ? null : Band.fromCode(band), Map.of(), null);
    }

    private static KpiResult withCauses(KpiResult r, Map<String, Integer> causes) {
        return new KpiResult(r.year(), r.region(), r.provider(), r.kpi(), null, r.value(), r.numerator(),
                r.denominator(), r.clients(), null, r.band(), causes, null);
    }

    private static KpiResult survey(String provider, double grade, int respondents) {
        return new KpiResult(2025, ZW, provider, "client-satisfaction", null, grade,
                BigDecimal.valueOf(grade * respondents), respondents, 40, respondents, Band.fromCode(grade >= 8.5 ? "achieved" : "not_achieved"),
                Map.of(), 2025);
    }

    private static KpiResult count(String provider, int count, Map<String, Integer> perMunicipality) {
        return new KpiResult(2025, BNO, provider, "inflow", null, (double) count, BigDecimal.valueOf(count), 1, 40,
                null, null, perMunicipality, null);
    }

    private static List<KpiResult> outcomes(String provider, int achieved, int partly, int notAchieved, int clients) {
        long n = achieved + partly + notAchieved;
        return List.of(share(ML, provider, "result-achieved", achieved, n, clients, null),
                share(ML, provider, "result-partly-achieved", partly, n, clients, null),
                share(ML, provider, "result-not-achieved", notAchieved, n, clients, null));
    }

    @Test
    void noPageOrChartShowsOrLetsAReaderComputeAGroupBelowTheMinimum() throws IOException {
        for (Path html : files(EDITIONS.publicSite(), ".html")) {
            Document page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
            for (Element counts : page.select(".kpi-cell__counts")) {
                numbersAfter(counts.text(), "n = ").forEach(n -> assertThat(n).as("%s: %s", html, counts.text())
                        .isGreaterThanOrEqualTo(MINIMUM));
                numbersBefore(counts.text(), " cliënt").forEach(n -> assertThat(n).as("%s: %s", html, counts.text())
                        .isGreaterThanOrEqualTo(MINIMUM));
            }
            for (Element parts : page.select(".kpi-cell__causes")) {
                numbersBefore(parts.text() + ",", ",").forEach(n -> assertThat(n).as("%s: %s", html, parts.text())
                        .isGreaterThanOrEqualTo(MINIMUM));
            }
            // The withheld values, as a cell or a chart's text would print them.
            assertThat(page.text()).as(html.toString())
                    .doesNotContain("88,9%", "6,4 ", "92,3%", "7,7%", "90,0%", "10,0%");
        }
        Document ml = ScorecardTables.parse(EDITIONS.publicSite().resolve("regio/" + ML + "/2025.html"));
        for (String provider : List.of("30000001", "30000002", "30000003", "30000004")) {
            Map<String, Double> shown = new HashMap<>();
            Long n = null;
            for (String kpi : OUTCOMES) {
                Element cell = ScorecardTables.cell(ml, provider, kpiName(ML, kpi));
                Element value = cell.selectFirst(".kpi-cell__value");
                if (value != null) {
                    shown.put(kpi, Double.parseDouble(value.text().replace("%", "").replace(',', '.')));
                    n = numbersAfter(cell.text(), "n = ").get(0);
                }
            }
            assertOutcomesSafe(provider, shown, n);
        }
        Element subResults = ScorecardTables.cell(ml, "30000005", kpiName(ML, "sub-results-achieved"));
        long achieved = Math.round(43.2 * 81 / 100);
        long achievedShown = numbers(Pattern.compile("\\d behaald ([0-9]+)"), subResults.text()).stream()
                .mapToLong(Long::longValue).sum();
        assertThat(achieved - achievedShown).as(subResults.text()).matches(r -> r == 0 || r >= MINIMUM);
    }

    @Test
    void noDataFileHoldsOrLetsAReaderComputeAGroupBelowTheMinimum() throws IOException {
        for (Path file : files(EDITIONS.publicSite().resolve("data"), ".json")) {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root.has("rijen")) {
                for (JsonNode row : root.get("rijen")) {
                    for (String column : List.of("n", "clienten_in_zorg", "respondenten")) {
                        if (!row.get(column).isNull()) {
                            assertThat(row.get(column).asLong()).as("%s %s", file, row)
                                    .isGreaterThanOrEqualTo(MINIMUM);
                        }
                    }
                }
                continue;
            }
            if (root.has("herzieningen")) {
                // The revision log: old and new result written as the data file writes one, withheld as null.
                for (JsonNode revision : root.get("herzieningen")) {
                    for (String side : List.of("oudResultaat", "nieuwResultaat")) {
                        if (revision.get(side).isObject()) {
                            assertResultSafe(revision.get(side));
                        }
                    }
                }
                continue;
            }
            Map<String, Map<String, Double>> outcomesByProvider = new HashMap<>();
            Map<String, Long> nByProvider = new HashMap<>();
            for (JsonNode result : root.get("results")) {
                assertResultSafe(result);
                if (result.get("region").asString().equals(ML) && OUTCOMES.contains(result.get("kpi").asString())
                        && !result.get("value").isNull()) {
                    String provider = result.get("provider").asString();
                    outcomesByProvider.computeIfAbsent(provider, p -> new HashMap<>())
                            .put(result.get("kpi").asString(), result.get("value").asDouble());
                    nByProvider.put(provider, result.get("denominator").asLong());
                }
            }
            outcomesByProvider.forEach((provider, shown) -> assertOutcomesSafe(provider, shown, nByProvider.get(provider)));
            for (JsonNode breakdown : root.get("causes")) {
                breakdown.get("counts").properties().forEach(part -> assertThat(part.getValue().asInt())
                        .as(breakdown.toString()).isGreaterThanOrEqualTo(MINIMUM));
                if (breakdown.has("rest")) {
                    assertThat(breakdown.get("rest").asInt()).as(breakdown.toString()).isGreaterThanOrEqualTo(MINIMUM);
                }
            }
        }
        for (Path csv : files(EDITIONS.publicSite().resolve("data"), ".csv")) {
            // Values of withheld results are empty cells; counts below the minimum are not there.
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            if (csv.getFileName().toString().endsWith("-excel.csv")) {
                assertThat(text).as(csv.toString())
                        .doesNotContain(";88,9;", ";6,4;", ";92,3;", ";7,7;", ";90,0;", ";10,0;", ";9;");
            } else {
                assertThat(text).as(csv.toString())
                        .doesNotContain("\"88.9\"", "\"6.4\"", "\"92.3\"", "\"7.7\"", "\"90.0\"", "\"10.0\"", "\"9\"");
            }
        }
    }

    @Test
    void republishingTheSameResultsOverThePublishedSiteFindsNoRevisionAndChangesNoFile(@TempDir Path again)
            throws IOException {
        // The outcome splits are settled again on the published file, which has no numerators.
        SiteModel model = new SiteModel(SiteFixture.CONFIG, List.of(run()), Edition.PUBLIC, Map.of());
        new SiteGenerator().generate(model, new Publication(LocalDate.now(DutchTime.ZONE),
                PreviousPublication.folder(EDITIONS.publicSite())), again);

        assertThat(JSON.readTree(Files.readString(again.resolve(RevisionLog.JSON_PATH))).get("herzieningen")).isEmpty();
        for (Path file : files(EDITIONS.publicSite(), "")) {
            if (Files.isRegularFile(file)) {
                assertThat(again.resolve(EDITIONS.publicSite().relativize(file))).as(file.toString()).hasSameBinaryContentAs(file);
            }
        }
    }

    private static void assertResultSafe(JsonNode result) {
        assertThat(result.get("numerator").isNull()).as(result.toString()).isTrue();
        for (String field : List.of("denominator", "clients", "respondents")) {
            if (!result.get(field).isNull()) {
                assertThat(result.get(field).asLong()).as("%s %s", field, result).isGreaterThanOrEqualTo(MINIMUM);
            }
        }
        if (result.get("kpi").asString().equals("inflow") && !result.get("value").isNull()) {
            assertThat(result.get("value").asDouble()).as(result.toString()).isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    @Test
    void whatReachesTheMinimumIsPublishedWithTheCausesThatAreSafe() throws IOException {
        Document zw = ScorecardTables.parse(EDITIONS.publicSite().resolve("regio/" + ZW + "/2025.html"));
        String startOfCare = kpiName(ZW, "start-within-6-weeks");
        assertThat(ScorecardTables.cell(zw, "10000001", startOfCare).text())
                .isEqualTo("minder dan 10 in de meting (niet gepubliceerd) 40 cliënten in zorg");
        assertThat(ScorecardTables.cell(zw, "10000002", startOfCare).text())
                .startsWith("70,0% ").contains("n = 10, 10 cliënten in zorg");
        assertThat(ScorecardTables.cell(zw, "10000003", kpiName(ZW, "result-achieved")).text())
                .endsWith("Oorzaak niet behaald: cliënt 15, overige oorzaken 11");
        assertThat(ScorecardTables.cell(zw, "10000004", kpiName(ZW, "result-achieved")).text())
                .startsWith("66,7% ").doesNotContain("Oorzaak");
        assertThat(ScorecardTables.cell(zw, "10000005", kpiName(ZW, "client-satisfaction")).text())
                .startsWith("minder dan 10 respondenten (niet gepubliceerd)");
        assertThat(ScorecardTables.cell(zw, "10000006", kpiName(ZW, "client-satisfaction")).text()).startsWith("8,6 ");
        assertThat(ScorecardTables.cell(zw, "10000007", startOfCare).text())
                .isEqualTo("niet gemeten (minder dan 10 cliënten in zorg)");

        Document bno = ScorecardTables.parse(EDITIONS.publicSite().resolve("regio/" + BNO + "/2025.html"));
        assertThat(ScorecardTables.cell(bno, "20000001", "Instroom").text()).startsWith("minder dan 10 (aantal niet gepubliceerd)");
        assertThat(ScorecardTables.cell(bno, "20000002", "Instroom").text()).contains("Per gemeente: Oss 10");
        assertThat(ScorecardTables.cell(bno, "20000003", "Instroom").text())
                .contains("Per gemeente: Boekel 10, overige gemeenten 11");

        Document ml = ScorecardTables.parse(EDITIONS.publicSite().resolve("regio/" + ML + "/2025.html"));
        assertThat(values(ml, "30000001")).containsExactly(null, "0,0%", null);
        assertThat(values(ml, "30000002")).containsExactly(null, "0,0%", null);
        assertThat(values(ml, "30000003")).containsExactly("100,0%", "0,0%", "0,0%");
        assertThat(values(ml, "30000004")).containsExactly("56,6%", "20,8%", "22,6%");
        assertThat(ScorecardTables.cell(ml, "30000005", kpiName(ML, "sub-results-achieved")).text()).startsWith("43,2% ")
                .endsWith("Per deelresultaat: 1 behaald 14, 1 deels behaald 20, 2 niet behaald 15, overige deelresultaten 32");
    }

    @Test
    void theInternalEditionShowsContractManagersEveryFigure() throws IOException {
        Document zw = ScorecardTables.parse(EDITIONS.internalSite().resolve("regio/" + ZW + "/2025.html"));
        assertThat(ScorecardTables.cell(zw, "10000001", kpiName(ZW, "start-within-6-weeks")).text())
                .startsWith("88,9% ").contains("n = 9");
        assertThat(ScorecardTables.cell(zw, "10000003", kpiName(ZW, "result-achieved")).text())
                .contains("cliënt 15", "zorgaanbieder 3", "lokaal team 8");
        Document ml = ScorecardTables.parse(EDITIONS.internalSite().resolve("regio/" + ML + "/2025.html"));
        assertThat(values(ml, "30000001")).containsExactly("92,3%", "0,0%", "7,7%");
        assertThat(Files.readString(EDITIONS.internalSite().resolve("data/kpi-results-2025.json")))
                .contains("\"value\" : 88.88888888888889", "\"provider\" : 3");
    }

    /** If any outcome of a split is shown, the outcomes not shown together are 0 or a group from the minimum up. */
    private static void assertOutcomesSafe(String provider, Map<String, Double> shown, Long n) {
        if (shown.isEmpty()) {
            return;
        }
        assertThat(n).as("n of %s", provider).isNotNull().isGreaterThanOrEqualTo(MINIMUM);
        long shownClients = 0;
        for (double share : shown.values()) {
            long part = Math.round(share * n / 100);
            assertThat(part).as("a shown outcome of %s", provider).matches(p -> p == 0 || p >= MINIMUM);
            shownClients += part;
        }
        long rest = n - shownClients;
        assertThat(rest).as("the outcomes of %s not shown, together", provider).matches(r -> r == 0 || r >= MINIMUM);
    }

    private static List<String> values(Document page, String provider) {
        return OUTCOMES.stream().map(kpi -> ScorecardTables.cell(page, provider, kpiName(ML, kpi)).selectFirst(".kpi-cell__value"))
                .map(value -> value == null ? null : value.text()).toList();
    }

    private static String kpiName(String region, String kpi) {
        String contracting = SiteFixture.CONFIG.regions().measurementRegion(region).orElseThrow().contractingRegion();
        return SiteFixture.CONFIG.kpiCatalog(contracting, 2025).orElseThrow().kpis().stream()
                .filter(k -> k.id().equals(kpi)).findFirst().orElseThrow().name();
    }

    private static List<Long> numbersAfter(String text, String prefix) {
        return numbers(Pattern.compile(Pattern.quote(prefix) + "([0-9.]+)"), text);
    }

    private static List<Long> numbersBefore(String text, String suffix) {
        return numbers(Pattern.compile("([0-9][0-9.]*)" + Pattern.quote(suffix)), text);
    }

    private static List<Long> numbers(Pattern pattern, String text) {
        List<Long> numbers = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            numbers.add(Long.parseLong(m.group(1).replace(".", "")));
        }
        return numbers;
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(extension)).toList();
        }
    }
}
