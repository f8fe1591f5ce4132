package nl.wmoscorecards.functions.handler;

import nl.wmoscorecards.application.UseCases;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** deadline-check fed the daily schedule's event: escalations past their plan deadline go to step 3. */
class ScheduledDeadlineCheckHandlerTest {
    private static final String LATE = Escalation.idOf("zaanstreek-waterland", 2025, "73730123");
    private static final String IN_TIME = Escalation.idOf("zaanstreek-waterland", 2025, "11111111");
    /** A day after the event's time: a retry late in the day still checks the day the schedule fired for. */
    private static final Clock NEXT_DAY = Clock.fixed(Instant.parse("2026-04-04T08:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStores fakes = new InMemoryStores();

    private void planDue(String id, String provider, LocalDate due) {
        fakes.escalations().save(new Escalation(id, "zaanstreek-waterland", provider, 2025, EscalationState.PLAN_DUE,
                List.of(new Shortfall(Shortfall.KPI, "start-within-6-weeks", "zaanstad-wormerland", "71,0%")),
                due, null, false, List.of(), 0));
    }

    @Test
    void anEscalationWhosePlanDidNotComeInTimeMovesToStepThree() {
        planDue(LATE, "73730123", LocalDate.of(2026, 4, 2));
        planDue(IN_TIME, "11111111", LocalDate.of(2026, 4, 3));
        ScheduledDeadlineCheckHandler handler = new ScheduledDeadlineCheckHandler(
                UseCases.dailyCheck(ConfigLoader.fromClasspath(), FakeStores.of(fakes), NEXT_DAY), NEXT_DAY);

        JsonNode outcome = LambdaJson.answer(handler.handleRequest(
                LambdaJson.event("scheduled-deadline-check.json", ScheduledEvent.class), null));

        assertThat(outcome.path("date").asString()).isEqualTo("2026-04-03");
        assertThat(outcome.path("moved").toString()).isEqualTo("[\"" + LATE + "\"]");
        assertThat(fakes.escalations().find(LATE)).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(EscalationState.DEFAULTED);
            assertThat(e.history()).last().satisfies(t -> assertThat(t.reason()).contains("2026-04-02"));
        });
        assertThat(fakes.escalations().find(IN_TIME).orElseThrow().state()).isEqualTo(EscalationState.PLAN_DUE);
    }

    @Test
    void aSecondRunOnTheSameDayMovesNothingAgain() {
        planDue(LATE, "73730123", LocalDate.of(2026, 4, 2));
        ScheduledDeadlineCheckHandler handler = new ScheduledDeadlineCheckHandler(
                UseCases.dailyCheck(ConfigLoader.fromClasspath(), FakeStores.of(fakes), NEXT_DAY), NEXT_DAY);
        ScheduledEvent event = LambdaJson.event("scheduled-deadline-check.json", ScheduledEvent.class);
        handler.handleRequest(event, null);
        Escalation moved = fakes.escalations().find(LATE).orElseThrow();

        JsonNode again = LambdaJson.answer(handler.handleRequest(event, null));

        assertThat(again.path("moved").isEmpty()).isTrue();
        assertThat(fakes.escalations().find(LATE)).contains(moved);
    }
}
