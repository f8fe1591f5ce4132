package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KPI that counts clients is a group itself: below the minimum the public edition shows no number; nor does it
 * say how many clients a provider has in care when that is below the minimum.
 */
@WholeSiteSuite
class SmallCountsTest {
    private static final String REGION = "bno-oost";
    private static final String FEW = "55555555";
    private static final String MANY = "66666666";
    private static final String STAFF_ONLY = "77777777";

    @TempDir
    Path publicSite;
    @TempDir
    Path internalSite;

    private static KpiRun run() {
        return new KpiRun(2025, LocalDate.of(2026, 3, 1), Instant.parse("2026-03-01T06:00:00Z"), List.of(
                inflow(FEW, 4, Map.of("0828", 4)),
                inflow(MANY, 154, Map.of("0828", 150, "0755", 4)),
                // staff, not clients: published however small; the provider has only 3 clients in the region
                new KpiResult(2025, REGION, STAFF_ONLY, "experience-experts", null, 2.0, BigDecimal.valueOf(2),
                        1, 3, null, null, Map.of(), null)));
    }

    private static KpiResult inflow(String provider, int count, Map<String, Integer> perMunicipality) {
        return new KpiResult(2025, REGION, provider, "inflow", null, (double) count, BigDecimal.valueOf(count), 1,
                40, null, null, perMunicipality, null);
    }

    @Test
    void aCountBelowTheMinimumAndABreakdownWithASmallPartAreNotPublished() throws IOException {
        new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(run()), Edition.PUBLIC, Map.of()), publicSite);
        Document page = ScorecardTables.parse(publicSite.resolve("regio/" + REGION + "/2025.html"));
        assertThat(ScorecardTables.cell(page, FEW, "Instroom").text())
                .isEqualTo("minder dan 10 (aantal niet gepubliceerd) 40 cliënten in zorg");
        assertThat(ScorecardTables.cell(page, MANY, "Instroom").text()).isEqualTo("154 40 cliënten in zorg");
        assertThat(ScorecardTables.cell(page, STAFF_ONLY, "Inzet ervaringsdeskundigen").text()).isEqualTo("2");
        String csv = Files.readString(publicSite.resolve("data/" + REGION + "-2025.csv"));
        assertThat(csv).contains("\"" + FEW + "\"").doesNotContain("\"4.0\"").doesNotContain("Boekel");
        assertThat(csv).contains("\"" + STAFF_ONLY + "\"").doesNotContain("\"3\"");
        String json = Files.readString(publicSite.resolve("data/kpi-results-2025.json"));
        assertThat(json).doesNotContain("\"value\" : 4.0").doesNotContain("\"clients\" : 3");
    }

    @Test
    void theInternalEditionShowsEveryCountWithItsMunicipalities() throws IOException {
        new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(run()), Edition.INTERNAL, Map.of()), internalSite);
        Document page = ScorecardTables.parse(internalSite.resolve("regio/" + REGION + "/2025.html"));
        assertThat(ScorecardTables.cell(page, FEW, "Instroom").text()).startsWith("4 ").contains("Per gemeente: Oss 4");
        assertThat(ScorecardTables.cell(page, MANY, "Instroom").text()).contains("Per gemeente: Boekel 4, Oss 150");
        assertThat(ScorecardTables.cell(page, STAFF_ONLY, "Inzet ervaringsdeskundigen").text())
                .isEqualTo("2 3 cliënten in zorg");
    }
}
