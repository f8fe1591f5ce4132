package nl.wmoscorecards.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.region.ContractPhase;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.ReportRow;
import org.junit.jupiter.api.Test;

class ProviderSizesTest {
    static final MeasurementRegion NORTH = new MeasurementRegion("noord", "Noord", "regio", Map.of());
    static final MeasurementRegion SOUTH = new MeasurementRegion("zuid", "Zuid", "regio", Map.of());
    static final ContractingRegion REGION = new ContractingRegion("regio", "Regio", List.of(NORTH, SOUTH),
            new ContractPhase(LocalDate.of(2020, 1, 1), null));

    static KpiResult result(String region, String provider, String kpi, int clients) {
        return new KpiResult(2025, region, provider, kpi, null, 80.0, BigDecimal.ONE, 10, clients, null, Band.GOOD, Map.of(), null);
    }

    static List<KpiResult> results(MeasurementRegion region) {
        return region == NORTH
                ? List.of(result("noord", "A", "k1", 30), result("noord", "A", "k2", 40), result("noord", "B", "k1", 5))
                : List.of(result("zuid", "A", "k1", 70));
    }

    @Test
    void clientsAreTheLargestGroupPerRegionSummedOverRegionsCountedWhereMost() {
        List<ProviderSize> sizes = new ProviderSizes(null).of(REGION, 2025, ProviderSizesTest::results);
        assertThat(sizes).containsExactly(new ProviderSize("A", "zuid", 110, null, null),
                new ProviderSize("B", "noord", 5, null, null));
    }

    @Test
    void staffAndTurnoverComeFromTheReportsAndRelevanceFiltersPerRegion() {
        ProviderReports reports = new ProviderReports() {
            @Override
            public List<ReportRow> rows(String provider, String reportType, int year) {
                return switch (reportType) {
                    case "personeel" -> List.of(new ReportRow(1, Map.of("fte", 12.5)), new ReportRow(2, Map.of("fte", 60)));
                    case "financieel-jaaroverzicht" -> List.of(new ReportRow(1, Map.of("wmoTurnover", 3_000_000)));
                    default -> List.of();
                };
            }

            @Override
            public List<ReportDelivery> deliveries(String provider, String contractingRegion, int year, LocalDate asOf) {
                return List.of();
            }
        };
        List<ProviderSize> sizes = new ProviderSizes(reports).of(REGION, 2025, ProviderSizesTest::results,
                (region, provider) -> region == NORTH);
        assertThat(sizes).containsExactly(
                new ProviderSize("A", "noord", 40, new BigDecimal("60"), new BigDecimal("3000000")),
                new ProviderSize("B", "noord", 5, new BigDecimal("60"), new BigDecimal("3000000")));
        assertThat(sizes.get(1).sizeClass()).isEqualTo(SizeClass.LARGE);
    }
}
