package nl.wmoscorecards.site;

import static nl.wmoscorecards.site.KpiResults.measured;
import static nl.wmoscorecards.site.KpiResults.tooFewClients;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rerun that changes a published figure shows as a revision (date, old and new value) on the scorecard, in
 * data/revisies.json and in the Atom feed; the log is carried from publish to publish; neither the old nor the
 * new value shows more than the publication policy allows.
 */
@WholeSiteSuite
class RevisionsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    @TempDir
    Path site;

    private static KpiRun rerun2025() {
        List<KpiResult> results = new ArrayList<>();
        for (KpiResult r : SiteFixture.run2025().results()) {
            if (r.provider().equals(SiteFixture.ON_THE_NORM) && r.kpi().equals("result-achieved")
                    && r.region().equals(SiteFixture.PURMEREND)) {
                results.add(KpiResults.resultAchieved(2025, SiteFixture.PURMEREND, SiteFixture.ON_THE_NORM, 70.0, 28, 40,
                        30, Band.SUFFICIENT, Map.of()));
            } else if (r.provider().equals(SiteFixture.JUST_BELOW) && r.kpi().equals("start-within-6-weeks")) {
                // 79.99 to 79.994: the page shows 80,0% (onvoldoende) before and after, so this is no revision
                results.add(measured(2025, SiteFixture.PURMEREND, SiteFixture.JUST_BELOW, "start-within-6-weeks",
                        79.994, 7999, 10000, 120, Band.INSUFFICIENT));
            } else if (r.provider().equals(SiteFixture.FEW_RESPONDENTS) && r.kpi().equals("start-within-6-weeks")) {
                results.add(tooFewClients(2025, SiteFixture.PURMEREND, SiteFixture.FEW_RESPONDENTS,
                        "start-within-6-weeks", 8, 9));
            } else {
                results.add(r);
            }
        }
        return new KpiRun(2025, LocalDate.of(2026, 6, 10), Instant.parse("2026-06-10T05:00:00Z"), results);
    }

    private void publish(KpiRun run2025, LocalDate on) throws IOException {
        SiteModel model = new SiteModel(SiteFixture.CONFIG, List.of(run2025, SiteFixture.run2026()), Edition.PUBLIC,
                SiteFixture.PROVIDER_NAMES);
        new SiteGenerator().generate(model, new Publication(on, PreviousPublication.folder(site)), site);
    }

    private List<List<String>> revisionRows() throws IOException {
        Document page = Jsoup.parse(site.resolve("regio/purmerend-edam-volendam/2025.html").toFile(), "UTF-8");
        return page.select("section.revisions tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText()).toList();
    }

    @Test
    void aRerunThatChangesAPublishedFigureIsShownWithDateOldAndNewValueAndStaysShown() throws Exception {
        publish(SiteFixture.run2025(), LocalDate.of(2026, 5, 1));
        assertThat(revisionRows()).isEmpty();

        publish(rerun2025(), LocalDate.of(2026, 6, 11));
        List<List<String>> rows = revisionRows();
        assertThat(rows).containsExactlyInAnyOrder(
                List.of("Zorg & Welzijn Waterland", "Resultaat behaald", "10 juni 2026", "65,0% (voldoende)",
                        "70,0% (voldoende)"),
                List.of("Buurtteam Oost", "Continuïteit van ondersteuning (start zorg)", "10 juni 2026", "100,0% (goed)",
                        "niet gemeten (minder dan 10 cliënten in zorg)"));
        String json = Files.readString(site.resolve("data/revisies.json"));
        assertThat(json).contains("\"datum\" : \"2026-06-10\"", "\"oud\" : \"65,0% (voldoende)\"",
                "\"nieuw\" : \"70,0% (voldoende)\"");

        // The next publish of the same data finds no new change, and keeps the earlier ones.
        publish(rerun2025(), LocalDate.of(2026, 7, 1));
        assertThat(revisionRows()).hasSize(2);
        org.w3c.dom.Document feed = feed();
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(feed.getDocumentElement(), required)).as("feed/" + required).hasSize(1);
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "summary")) {
                assertThat(children(entry, required)).as("entry/" + required).hasSize(1);
            }
            assertThat(children(entry, "updated").get(0).getTextContent()).isEqualTo("2026-06-10T00:00:00+02:00");
            String href = children(entry, "link").get(0).getAttribute("href");
            assertThat(site.resolve("data").resolve(href.substring(0, href.indexOf('#'))).normalize()).exists();
        }
        assertThat(feed.getDocumentElement().getTextContent()).contains("Eerder gepubliceerd: 65,0% (voldoende). Nu: 70,0% (voldoende).");
    }

    @Test
    void neitherTheOldNorTheNewValueShowsACountThePolicySuppresses() throws Exception {
        String region = "bno-oost";
        KpiRun before = new KpiRun(2025, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T06:00:00Z"), List.of(
                inflow("55555555", 4), inflow("66666666", 154)));
        KpiRun after = new KpiRun(2025, LocalDate.of(2026, 5, 1), Instant.parse("2026-05-01T06:00:00Z"), List.of(
                inflow("55555555", 12), inflow("66666666", 7)));
        // A previous file that still held the small count (as an internal copy or an older policy would have).
        byte[] leaky = KpiRunJson.toJson(before).getBytes(StandardCharsets.UTF_8);
        PreviousPublication previous = path -> path.equals(SitePaths.dataFile(2025)) ? Optional.of(leaky) : Optional.empty();
        new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(after), Edition.PUBLIC, Map.of()),
                new Publication(LocalDate.of(2026, 5, 2), previous), site);

        Document page = Jsoup.parse(site.resolve("regio/" + region + "/2025.html").toFile(), "UTF-8");
        assertThat(page.select("section.revisions tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList())
                .containsExactlyInAnyOrder(
                        List.of("55555555", "Instroom", "1 mei 2026", "minder dan 10 (aantal niet gepubliceerd)", "12"),
                        List.of("66666666", "Instroom", "1 mei 2026", "154", "minder dan 10 (aantal niet gepubliceerd)"));
        for (String file : List.of("data/revisies.json", "data/revisies.xml")) {
            String text = Files.readString(site.resolve(file));
            assertThat(text).as(file).doesNotContain("\"value\" : 4", "\"value\" : 7", ": 4.0", ": 7.0", "oud\" : \"4\"",
                    "Nu: 7.");
        }
    }

    private static KpiResult inflow(String provider, int count) {
        return new KpiResult(2025, "bno-oost", provider, "inflow", null, (double) count, BigDecimal.valueOf(count), 1,
                40, null, null, Map.of(), null);
    }

    private org.w3c.dom.Document feed() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(site.resolve("data/revisies.xml").toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
