package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.core.report.ReportType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The providers' upload page as the generator writes it: in the public edition only, out of search engines and
 * unlinked from every other page, offering every report type with its files and templates, and the years.
 */
class UploadPageRendererTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 12, 2);
    @TempDir
    static Path work;
    private static Path publicSite;
    private static Path internalSite;

    @BeforeAll
    static void generate() throws IOException {
        for (Edition edition : Edition.values()) {
            new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(SiteFixture.run2025()), edition,
                    SiteFixture.PROVIDER_NAMES, InternalFixture.data()), Publication.firstOn(PUBLISHED),
                    work.resolve(edition.name()));
        }
        publicSite = work.resolve(Edition.PUBLIC.name());
        internalSite = work.resolve(Edition.INTERNAL.name());
    }

    private static Document page() throws IOException {
        return Jsoup.parse(Files.readString(publicSite.resolve(UploadPageRenderer.PAGE), StandardCharsets.UTF_8));
    }

    @Test
    void thePublicEditionHasThePageWithItsScriptAndStylesheetTheInternalOneNot() {
        assertThat(publicSite.resolve(UploadPageRenderer.PAGE)).isRegularFile();
        assertThat(publicSite.resolve(UploadPageRenderer.SCRIPT)).isRegularFile();
        assertThat(publicSite.resolve(UploadPageRenderer.STYLESHEET)).isRegularFile();
        assertThat(publicSite.resolve(UploadPageRenderer.CONFIG)).as("the deploy's, not the generator's").doesNotExist();
        assertThat(internalSite.resolve("aanleveren")).doesNotExist();
    }

    @Test
    void searchEnginesAreAskedToLeaveItOutAndNoPageLinksToIt() throws IOException {
        assertThat(page().selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex, nofollow");
        assertThat(page().selectFirst("h1").text()).isEqualTo("Rapportage aanleveren");
        try (Stream<Path> files = Files.walk(publicSite)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document other = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
                assertThat(other.select("a[href*=aanleveren]")).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyReportTypeIsOfferedWithItsFilesAndTemplatesAndTheYears() throws IOException {
        Document page = page();
        List<ReportType> types = SiteFixture.CONFIG.reportTypes().types();
        assertThat(page.select("#rapporttype option").eachAttr("value"))
                .containsExactlyElementsOf(types.stream().map(ReportType::id).toList());
        ReportType document = types.stream().filter(ReportType::document).findFirst().orElseThrow();
        assertThat(page.selectFirst("#rapporttype option[value=" + document.id() + "]").attr("data-accept")).isEqualTo(".pdf");
        assertThat(page.selectFirst("#rapporttype option[value=cto]").attr("data-accept")).isEqualTo(".csv,.xlsx");
        assertThat(page.select("#periode option").eachAttr("value")).containsExactly("2026", "2025", "2024", "2023");
        assertThat(page.selectFirst("#periode option[selected]").attr("value")).isEqualTo("2025");
        for (String template : page.select(".upload-templates a[href*=sjabloon]").eachAttr("href")) {
            assertThat(publicSite.resolve("aanleveren").resolve(template).normalize()).as(template).isRegularFile();
        }
        assertThat(page.selectFirst("noscript").text()).contains("e-mail", "contractmanager");
    }
}
