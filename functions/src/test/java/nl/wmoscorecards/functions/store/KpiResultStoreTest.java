package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results table on the embedded DynamoDB server, written region by region as the yearly run's state machine
 * writes it: a scorecard never shows a row the latest run no longer has, and never loses another region's or
 * another year's rows.
 */
@Tag("integration")
class KpiResultStoreTest {
    private static final Instant COMPUTED = Instant.parse("2026-03-01T05:00:00Z");
    private static EmbeddedTables runtime;
    private static KpiResultStore store;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        runtime = EmbeddedTables.inMemory();
        store = runtime.stores().kpiResults();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void replacingARegionDropsItsRowsTheNewRunNoLongerHasAndLeavesOtherRegionsAndYears() {
        store.replaceRegion(2025, "dwo", List.of(result(2025, "dwo", "11111111", "inflow"),
                result(2025, "dwo", "22222222", "inflow")));
        store.replaceRegion(2025, "zaanstad-wormerland", List.of(result(2025, "zaanstad-wormerland", "11111111", "inflow")));
        store.replaceRegion(2024, "dwo", List.of(result(2024, "dwo", "22222222", "inflow")));

        store.replaceRegion(2025, "dwo", List.of(result(2025, "dwo", "11111111", "inflow"),
                result(2025, "dwo", "11111111", "outflow")));

        assertThat(rows(2025, "dwo")).containsExactly("11111111/inflow", "11111111/outflow");
        assertThat(rows(2025, "zaanstad-wormerland")).containsExactly("11111111/inflow");
        assertThat(rows(2024, "dwo")).containsExactly("22222222/inflow");
    }

    @Test
    void recordingARunClearsRegionsAnEarlierRunOfTheYearHadButThisOneDidNotMeasure() {
        store.replaceRegion(2023, "old-region", List.of(result(2023, "old-region", "11111111", "inflow")));
        store.replaceRegion(2023, "dwo", List.of(result(2023, "dwo", "11111111", "inflow")));
        store.recordRun(run(2023, 2), Set.of("old-region", "dwo"));

        store.replaceRegion(2023, "dwo", List.of(result(2023, "dwo", "22222222", "inflow")));
        store.recordRun(run(2023, 1), Set.of("dwo"));

        assertThat(rows(2023, "old-region")).isEmpty();
        assertThat(rows(2023, "dwo")).containsExactly("22222222/inflow");
        assertThat(store.run(2023)).hasValueSatisfying(r -> assertThat(r.asOf()).isEqualTo(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void theProvidersInCareAreKeptBesideTheRegionsRowsReplacedWithThemAndClearedWithThem() {
        // 33333333 has clients in care but no KPI row: it owes the region reports all the same.
        store.replaceRegion(2022, "dwo", List.of(result(2022, "dwo", "11111111", "inflow")), Set.of("11111111", "33333333"));
        assertThat(store.providersInCare(2022, "dwo")).containsExactly("11111111", "33333333");
        assertThat(rows(2022, "dwo")).containsExactly("11111111/inflow");

        store.replaceRegion(2022, "dwo", List.of(), Set.of("33333333"));
        assertThat(store.providersInCare(2022, "dwo")).containsExactly("33333333");
        assertThat(rows(2022, "dwo")).isEmpty();
        assertThat(store.providersInCare(2022, "zaanstad-wormerland")).isEmpty();

        store.recordRun(run(2022, 0), Set.of("dwo"));
        store.recordRun(run(2022, 0), Set.of("zaanstad-wormerland")); // a later run of the year without dwo
        assertThat(store.providersInCare(2022, "dwo")).isEmpty();
    }

    private static List<String> rows(int year, String region) {
        return store.results(year, region).stream().map(r -> r.provider() + "/" + r.kpi()).toList();
    }

    private static KpiRun run(int year, int results) {
        return new KpiRun(year, LocalDate.of(year + 1, 3, 1), COMPUTED,
                Collections.nCopies(results, result(year, "dwo", "11111111", "inflow")));
    }

    private static KpiResult result(int year, String region, String provider, String kpi) {
        return new KpiResult(year, region, provider, kpi, null, 50.0, BigDecimal.TEN, 20, 20, null,
                Band.SUFFICIENT, Map.of(), null);
    }
}
