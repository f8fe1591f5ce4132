package nl.wmoscorecards.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;

/** A region's report duties fall on the providers with clients in care there, KPI rows or not, and on no one else. */
class ReportDutyHoldersTest {
    private static final RegionCatalog REGIONS = ConfigLoader.fromClasspath().regions();

    private static KpiResult result(String region, String provider, int clientsInCare) {
        return new KpiResult(2025, region, provider, "waiting-time", null, 10.0, BigDecimal.TEN, 1,
                clientsInCare, null, null, Map.of(), null);
    }

    @Test
    void theProvidersInCareStoredWithTheResultsHoldTheDutiesWithAKpiRowOrWithout() {
        RegionResults store = new RegionResults();
        store.replaceRegion(2025, "midden-limburg", List.of(result("midden-limburg", "10000001", 1),
                result("midden-limburg", "10000002", 0)), Set.of("10000001", "10000004")); // 10000004: in care, no row
        store.replaceRegion(2025, "zaanstad-wormerland", List.of(result("zaanstad-wormerland", "10000003", 12)),
                Set.of("10000003"));
        store.replaceRegion(2025, "purmerend-edam-volendam", List.of(), Set.of("10000003", "10000005"));

        Map<String, Set<String>> holders = ReportDutyHolders.all(REGIONS, store, 2025);

        assertThat(holders).containsOnlyKeys("midden-limburg", "zaanstreek-waterland");
        assertThat(holders.get("midden-limburg")).containsExactly("10000001", "10000004");
        assertThat(holders.get("zaanstreek-waterland")).containsExactly("10000003", "10000005");
        assertThat(ReportDutyHolders.inMeasurementRegions(REGIONS, store, 2025, List.of("zaanstad-wormerland")))
                .containsExactly(Map.entry("zaanstreek-waterland", Set.of("10000003")));
    }

    @Test
    void resultsStoredWithoutThatFactCountTheProvidersWhoseRowsHaveClientsInCare() {
        RegionResults store = new RegionResults();
        store.replaceRegion(2025, "midden-limburg", List.of(result("midden-limburg", "10000001", 1),
                result("midden-limburg", "10000002", 0)));   // survey responses only: no client in care

        assertThat(ReportDutyHolders.all(REGIONS, store, 2025))
                .containsExactly(Map.entry("midden-limburg", Set.of("10000001")));
    }

    /** Results and providers in care per region of 2025; the fallback as the port defines it. */
    private static final class RegionResults implements KpiResultStore {
        private final Map<String, List<KpiResult>> results = new HashMap<>();
        private final Map<String, Set<String>> inCare = new HashMap<>();

        @Override
        public void replaceRegion(int year, String region, List<KpiResult> regionResults, Set<String> providersInCare) {
            results.put(region, regionResults);
            inCare.put(region, providersInCare);
        }

        @Override
        public void replaceRegion(int year, String region, List<KpiResult> regionResults) {
            results.put(region, regionResults); // as stored before the fact was kept
        }

        @Override
        public Set<String> providersInCare(int year, String region) {
            return inCare.containsKey(region) ? inCare.get(region) : KpiResultStore.inCareOf(results(year, region));
        }

        @Override
        public List<KpiResult> results(int year, String region) {
            return results.getOrDefault(region, List.of());
        }

        @Override
        public void recordRun(KpiRun run, Set<String> measuredRegions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<KpiRun> runs() {
            return List.of();
        }

        @Override
        public Optional<KpiRun> run(int year) {
            return Optional.empty();
        }
    }
}
