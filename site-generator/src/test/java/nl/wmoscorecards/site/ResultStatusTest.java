package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.wmoscorecards.core.config.ConfigLoader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results are "voorlopig" until the region's fixing date and "definitief" from it: Zaanstreek-Waterland fixes on
 * 1 April (seed 001), a region without a date in its seed on the default 1 July; on the page and in the files.
 */
@WholeSiteSuite
class ResultStatusTest {
    @TempDir
    Path site;

    private String statusLine(String region, int year) throws IOException {
        return Jsoup.parse(site.resolve("regio/" + region + "/" + year + ".html").toFile(), "UTF-8")
                .selectFirst("p.result-status").text();
    }

    private void publishOn(LocalDate day) throws IOException {
        new SiteGenerator().generate(SiteFixture.model(Edition.PUBLIC), Publication.firstOn(day), site);
    }

    @Test
    void zaanstreekWaterlandResultsAreProvisionalUntilTheFirstOfAprilAfterTheYear() throws IOException {
        publishOn(LocalDate.of(2026, 3, 31));
        assertThat(statusLine(SiteFixture.PURMEREND, 2025))
                .isEqualTo("Voorlopig: de regio stelt de resultaten over 2025 vast op 1 april 2026. Tot dan kunnen ze nog veranderen.");
        assertThat(Files.readString(site.resolve("data/purmerend-edam-volendam-2025.csv")))
                .contains("\"2025\",\"voorlopig\",\"2026-04-01\"").doesNotContain("definitief");

        publishOn(LocalDate.of(2026, 4, 1));
        assertThat(statusLine(SiteFixture.PURMEREND, 2025))
                .isEqualTo("Definitief: de resultaten over 2025 zijn vastgesteld op 1 april 2026.");
        assertThat(Files.readString(site.resolve("data/alle-regios/2025.json")))
                .contains("\"status\" : \"definitief\"", "\"vastgesteld_op\" : \"2026-04-01\"");
        assertThat(statusLine(SiteFixture.PURMEREND, 2026)).startsWith("Voorlopig");
    }

    @Test
    void aRegionWhoseSeedNamesNoDateFixesOnTheFirstOfJuly() throws IOException {
        assertThat(ConfigLoader.fromClasspath().regions().resultsFixedOn("dwo").dateFor(2025))
                .isEqualTo(LocalDate.of(2026, 7, 1));
        publishOn(LocalDate.of(2026, 6, 30));
        assertThat(statusLine(SiteFixture.DWO, 2025)).startsWith("Voorlopig").contains("1 juli 2026");
        publishOn(LocalDate.of(2026, 7, 1));
        assertThat(statusLine(SiteFixture.DWO, 2025)).startsWith("Definitief");
    }
}
