package nl.wmoscorecards.functions.handler;

import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CLOCK;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CONFIG;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.fixtures.InMemoryStores;
import nl.wmoscorecards.functions.store.Stores;
import org.junit.jupiter.api.Test;

/**
 * kpi-run-finish fed what the state machine hands it after the Map state (the plan plus "measured"): records the
 * run for the site and answers the execution's output.
 */
class KpiRunFinishHandlerTest {
    private final InMemoryStores fakes = new InMemoryStores();
    private final Stores stores = FakeStores.of(fakes);

    @Test
    void theRunIsRecordedAsOfThePlansDateAndTheOutputCountsItsResults() throws IOException {
        KpiRegionRunHandlerTest.withZaanstad2027(fakes);
        new KpiRegionRunHandler(CONFIG, stores, CLOCK)
                .handleRequest(StepJson.write(KpiRegionStep.of(2027, LocalDate.of(2028, 3, 1), REGION)), null);

        Map<String, Object> summary = new KpiRunFinishHandler(CONFIG, stores, CLOCK)
                .handleRequest(LambdaJson.step("step-finish.json"), null);

        List<KpiResult> results = fakes.kpiResults().results(2027, REGION);
        assertThat(LambdaJson.text(summary)).isEqualTo("{\"year\":2027,\"asOf\":\"2028-03-01\",\"regions\":1,\"results\":"
                + results.size() + ",\"measured\":" + results.stream().filter(KpiResult::measured).count()
                + ",\"escalations\":" + summary.get("escalations") + "}");
        assertThat(fakes.kpiResults().run(2027)).hasValueSatisfying(run -> {
            assertThat(run.asOf()).isEqualTo("2028-03-01");
            assertThat(run.computedAt()).isEqualTo(CLOCK.instant());
        });
        assertThat(fakes.kpiResults().regionsOf(2027)).containsExactly(REGION);
    }

    @Test
    void aRegionAnEarlierRunMeasuredAndThisOneDidNotLosesItsResults() throws IOException {
        KpiRegionRunHandlerTest.withZaanstad2027(fakes);
        KpiRegionRunHandler regionStep = new KpiRegionRunHandler(CONFIG, stores, CLOCK);
        KpiRunFinishHandler finish = new KpiRunFinishHandler(CONFIG, stores, CLOCK);
        regionStep.handleRequest(StepJson.write(KpiRegionStep.of(2027, LocalDate.of(2028, 3, 1), REGION)), null);
        finish.handleRequest(StepJson.write(KpiRunPlan.of(2027, LocalDate.of(2028, 3, 1), List.of(REGION))), null);
        assertThat(fakes.kpiResults().results(2027, REGION)).isNotEmpty();

        Map<String, Object> rerun = finish.handleRequest(
                Map.of("year", 2027, "asOf", "2028-04-01", "regions", List.of(), "measured", List.of()), null);

        assertThat(rerun.get("regions")).isEqualTo(0);
        assertThat(fakes.kpiResults().results(2027, REGION)).isEmpty();
        assertThat(fakes.kpiResults().run(2027)).hasValueSatisfying(run -> assertThat(run.asOf()).isEqualTo("2028-04-01"));
    }
}
