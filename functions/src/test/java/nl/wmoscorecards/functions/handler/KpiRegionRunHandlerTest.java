package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * kpi-region-run fed one item of the Map state, {"year", "asOf", "region"}, on the in-memory stores holding a
 * hand-counted year of Zaanstad (objects/zaanstad-2027.jsonl: 11 allocations of 2027 for 11111111, 10 started within
 * six weeks; 22222222 with five clients).
 */
class KpiRegionRunHandlerTest {
    static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2028-03-01T05:00:03Z"), ZoneOffset.UTC);
    static final String REGION = "zaanstad-wormerland";
    private final InMemoryStores fakes = new InMemoryStores();

    @BeforeEach
    void ingestTheYear() throws IOException {
        withZaanstad2027(fakes);
    }

    static void withZaanstad2027(InMemoryStores fakes) throws IOException {
        try (InputStream in = KpiRegionRunHandlerTest.class.getResourceAsStream("/objects/zaanstad-2027.jsonl")) {
            new AllocationIngest(fakes.allocations(), CONFIG.regions(),
                    new Pseudonymizer("k".repeat(32).getBytes(StandardCharsets.US_ASCII))).ingest("zaanstad-2027.jsonl", in);
        }
    }

    @Test
    void theRegionIsMeasuredAndStoredAndOnlyCountsGoBack() {
        KpiRegionRunHandler handler = new KpiRegionRunHandler(CONFIG, FakeStores.of(fakes), CLOCK);

        Map<String, Object> summary = handler.handleRequest(LambdaJson.step("step-region.json"), null);

        List<KpiResult> stored = fakes.kpiResults().results(2027, REGION);
        assertThat(LambdaJson.text(summary)).isEqualTo("{\"region\":\"" + REGION + "\",\"results\":" + stored.size()
                + ",\"measured\":" + stored.stream().filter(KpiResult::measured).count() + "}");
        assertThat(stored).filteredOn(r -> r.provider().equals("11111111") && r.kpi().equals("start-within-6-weeks"))
                .singleElement().satisfies(r -> {
                    assertThat(r.numerator()).isEqualByComparingTo("10");
                    assertThat(r.denominator()).isEqualTo(11);
                    assertThat(r.band()).isEqualTo(Band.GOOD);
                });
        assertThat(stored).filteredOn(r -> r.provider().equals("22222222")).isNotEmpty()
                .noneMatch(KpiResult::measured);
    }

    @Test
    void measuringTheRegionAgainReplacesItsResults() {
        KpiRegionRunHandler handler = new KpiRegionRunHandler(CONFIG, FakeStores.of(fakes), CLOCK);
        Map<String, Object> step = LambdaJson.step("step-region.json");
        handler.handleRequest(step, null);
        List<KpiResult> once = fakes.kpiResults().results(2027, REGION);

        handler.handleRequest(step, null);

        assertThat(fakes.kpiResults().results(2027, REGION)).isEqualTo(once);
    }

    @Test
    void aStepWithoutItsYearFailsNamingTheField() {
        KpiRegionRunHandler handler = new KpiRegionRunHandler(CONFIG, FakeStores.of(fakes), CLOCK);

        assertThatThrownBy(() -> handler.handleRequest(LambdaJson.step("step-region-without-year.json"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"year\" must be a number");
        assertThat(fakes.kpiResults().results(2027, REGION)).isEmpty();
    }

    @Test
    void aYearSentAsTextIsRefusedNamingTheField() {
        KpiRegionRunHandler handler = new KpiRegionRunHandler(CONFIG, FakeStores.of(fakes), CLOCK);

        assertThatThrownBy(() -> handler.handleRequest(Map.of("year", "2027", "asOf", "2028-03-01", "region", REGION), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year");
        assertThat(fakes.kpiResults().results(2027, REGION)).isEmpty();
    }
}
