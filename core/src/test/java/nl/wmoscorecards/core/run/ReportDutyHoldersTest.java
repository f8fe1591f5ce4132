package nl.wmoscorecards.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

/** A region's report duties fall on the providers with clients in care there, and on no one else. */
class ReportDutyHoldersTest {
    private static final RegionCatalog REGIONS = ConfigLoader.fromClasspath().regions();

    private static KpiResult result(String region, String provider, int clientsInCare) {
        return new KpiResult(2025, region, provider, "waiting-time", null, 10.0, BigDecimal.TEN, 1,
                clientsInCare, null, null, Map.of(), null);
    }

    @Test
    void oneClientInCareMakesAProviderAHolderOfThatRegionsDutiesNoneDoesNot() {
        Map<String, Set<String>> holders = ReportDutyHolders.of(REGIONS, List.of(
                result("midden-limburg", "10000001", 1),
                result("midden-limburg", "10000002", 0),   // survey responses only: no client in care
                result("zaanstad-wormerland", "10000003", 12),
                result("purmerend-edam-volendam", "10000003", 4)));
        assertThat(holders).containsOnlyKeys("midden-limburg", "zaanstreek-waterland");
        assertThat(holders.get("midden-limburg")).containsExactly("10000001");
        assertThat(holders.get("zaanstreek-waterland")).containsExactly("10000003");
    }
}
