package nl.wmoscorecards.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.port.KpiResultStore;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import nl.wmoscorecards.local.runtime.EmbeddedDynamoDb;
import nl.wmoscorecards.local.runtime.ProjectHome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The results table on the embedded DynamoDB server, written region by region as the yearly run's state machine
 * writes it: a scorecard never shows a row the latest run no longer has, and never loses another region's or
 * another year's rows.
 */
@Tag("integration")
class KpiResultStoreTest {
    private static final Instant COMPUTED = Instant.parse("2026-03-01T05:00:00Z");
    private static EmbeddedDynamoDb server;
    private static DynamoDbClient client;
    private static KpiResultStore store;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDynamoDb.start(ProjectHome.locate(), null);
        client = DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        TableNames names = new TableNames("allocations", "survey", "results", "runs", "uploads", "rows", "escalations");
        Tables.createIfMissing(client, names);
        store = Stores.dynamo(client, names).kpiResults();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
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

    private static List<String> rows(int year, String region) {
        return store.results(year, region).stream().map(r -> r.provider() + "/" + r.kpi()).toList();
    }

    private static KpiRun run(int year, int results) {
        return new KpiRun(year, LocalDate.of(year + 1, 3, 1), COMPUTED,
                Collections.nCopies(results, result(year, "dwo", "11111111", "inflow")));
    }

    private static KpiResult result(int year, String region, String provider, String kpi) {
        return new KpiResult(year, region, provider, kpi, true, null, 50.0, BigDecimal.TEN, 20, 20, null,
                "sufficient", Map.of());
    }
}
