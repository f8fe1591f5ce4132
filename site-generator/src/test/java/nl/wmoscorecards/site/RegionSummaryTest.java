package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's line per region counts providers below the norm only among KPIs with a norm that were measured. */
@WholeSiteSuite
class RegionSummaryTest {
    @TempDir
    java.nio.file.Path site;

    private static KpiResult result(String region, String provider, String kpi, double value, long n, String band) {
        return new KpiResult(2025, region, provider, kpi, null, value, BigDecimal.valueOf(value), n, 40, null, band == null ? null : Band.fromCode(band),
                Map.of(), null);
    }

    @Test
    void aRegionWhoseNormedKpiHasNoMeasuredValueSaysSoInsteadOfNoneBelowTheNorm() throws Exception {
        // BNO-oost: the transformation rule is its only KPI with a norm; no provider has a value on it.
        KpiRun run = new KpiRun(2025, LocalDate.of(2026, 3, 1), Instant.EPOCH, List.of(
                result("bno-oost", "11111111", "inflow", 40, 1, null),
                result("bno-oost", "22222222", "inflow", 25, 1, null),
                // Zaanstreek-Waterland: one provider below the norm, one on it, one with a value but a small group.
                result("purmerend-edam-volendam", "11111111", "start-within-6-weeks", 70, 20, "insufficient"),
                result("purmerend-edam-volendam", "22222222", "start-within-6-weeks", 95, 20, "good"),
                result("purmerend-edam-volendam", "33333333", "start-within-6-weeks", 50, 8, "insufficient")));
        new SiteGenerator().generate(new SiteModel(SiteFixture.CONFIG, List.of(run), Edition.PUBLIC, Map.of()), site);
        Document index = ScorecardTables.parse(site.resolve("index.html"));
        assertThat(index.text())
                .contains("2025: 2 zorgaanbieders; nog geen gemeten KPI met een norm.")
                .contains("2025: 3 zorgaanbieders; 2 gemeten op een KPI met norm, waarvan 1 onder de norm op minstens één KPI.")
                .doesNotContain("waarvan 0 onder de norm");
    }
}
