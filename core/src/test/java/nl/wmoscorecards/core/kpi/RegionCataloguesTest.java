package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every seeded region's catalogue loads, names only known measures, and runs on message traffic. */
class RegionCataloguesTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"zaanstreek-waterland", "dwo", "bno-oost", "midden-limburg", "drechtsteden"})
    void catalogueLoadsAndEveryKpiHasAMeasure(String region) {
        KpiCatalog catalog = CONFIG.kpiCatalog(region, 2025).orElseThrow();
        assertThat(catalog.kpis()).isNotEmpty();
        assertThat(catalog.source()).isNotBlank();
        for (KpiDefinition kpi : catalog.kpis()) {
            assertThat(Measures.names()).as(kpi.id()).contains(kpi.measure());
            assertThat(kpi.name()).as(kpi.id()).isNotBlank();
            assertThat(kpi.unit()).as(kpi.id()).isIn("percent", "grade", "count", "days", "euro");
            assertThat(kpi.sourceDocument(catalog)).as(kpi.id()).isNotBlank();
        }
        assertThat(catalog.kpis().stream().map(KpiDefinition::id).distinct().count()).isEqualTo(catalog.kpis().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zaanstreek-waterland", "dwo", "bno-oost", "midden-limburg", "drechtsteden"})
    void everyKpiRunsWithItsConfiguredParameters(String region) {
        KpiCatalog catalog = CONFIG.kpiCatalog(region, 2025).orElseThrow();
        ContractingRegion contracting = CONFIG.regions().contractingRegions().stream()
                .filter(c -> c.id().equals(region)).findFirst().orElseThrow();
        MeasurementRegion measurement = contracting.measurementRegions().get(0);
        String municipality = measurement.municipalities().keySet().iterator().next();
        List<Allocation> allocations = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> allocations.add(inMunicipality(municipality,
                allocation().assigned("2025-01-06").started("2025-01-08").stopped("2025-09-30", "19")
                        .evaluated("2025-10-01", EvaluationResult.ACHIEVED, null).build())));
        List<KpiResult> results = new KpiEngine(CONFIG).runRegion(2025, LocalDate.of(2026, 3, 1),
                measurement, catalog, allocations, List.of(), new InMemoryProviderReports());
        assertThat(results).isNotEmpty();
        results.stream().filter(r -> catalog.kpis().stream().anyMatch(k -> k.id().equals(r.kpi()) && k.norm() == null))
                .forEach(r -> assertThat(r.band()).as(r.kpi()).isNull());
    }

    /** The fixture's allocations are in Zaanstad; move one to the region's first municipality. */
    private static Allocation inMunicipality(String municipality, Allocation a) {
        AllocationKey key = new AllocationKey(municipality, a.key().allocationNumber());
        var t = a.toewijzing();
        return new Allocation(key,
                new nl.wmoscorecards.core.allocation.Toewijzing(t.stamp(), key, t.provider(), t.clientPseudonym(),
                        t.productCategory(), t.productCode(), t.startDate(), t.endDate(), t.changeReason()),
                a.start(), a.stop(), a.evaluation(), a.seenMessages());
    }
}
