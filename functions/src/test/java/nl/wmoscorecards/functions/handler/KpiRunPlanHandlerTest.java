package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.run.YearlyAssessment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** kpi-run-plan fed the EventBridge Scheduler event: the plan the state machine's Map state iterates. */
class KpiRunPlanHandlerTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"), ZoneOffset.UTC);

    private static JsonNode plan(ScheduledEvent event, Clock clock) {
        return LambdaJson.answer(new KpiRunPlanHandler(CONFIG, clock).handleRequest(event, null));
    }

    @Test
    void theFirstOfMarchMeasuresThePreviousYearAsOfThatDayOneUnitPerRegion() {
        Map<String, Object> plan = new KpiRunPlanHandler(CONFIG, LATER)
                .handleRequest(LambdaJson.event("scheduled-kpi-run.json", ScheduledEvent.class), null);

        // The schedule's time, not the clock's: a retry two days later still measures as of 1 March.
        assertThat(LambdaJson.text(plan)).startsWith("{\"year\":2025,\"asOf\":\"2026-03-01\",\"regions\":[\"");
        assertThat(plan.get("regions")).asList().isEqualTo(YearlyAssessment.regions(CONFIG)).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void aDetailWithYearAndDateRerunsThatYear() {
        JsonNode plan = plan(LambdaJson.event("scheduled-kpi-rerun.json", ScheduledEvent.class), LATER);

        assertThat(plan.path("year").asInt()).isEqualTo(2023);
        assertThat(plan.path("asOf").asString()).isEqualTo("2024-06-01");
    }

    @Test
    void startedByHandWithoutATimeItIsTodayInTheNetherlands() {
        ScheduledEvent byHand = LambdaJson.bind("{\"detail-type\":\"Scheduled Event\",\"source\":\"aws.scheduler\","
                + "\"detail\":{}}", ScheduledEvent.class);
        Clock lateEvening = Clock.fixed(Instant.parse("2027-03-01T23:30:00Z"), ZoneOffset.UTC);

        JsonNode plan = plan(byHand, lateEvening);

        assertThat(plan.path("asOf").asString()).isEqualTo("2027-03-02"); // already 2 March in Amsterdam
        assertThat(plan.path("year").asInt()).isEqualTo(2026);
    }
}
