package nl.wmoscorecards.functions.handler;

import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CLOCK;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * internal-site-publish: the same schedule, the contract managers' edition with its internal pages, one per
 * contracting region under the region's prefix, each holding that region's escalations only.
 */
class InternalSitePublishHandlerTest {

    @Test
    void theInternalEditionIsPublishedPerContractingRegionWithItsInternalPages() throws IOException {
        InMemoryStores fakes = new InMemoryStores();
        SitePublishHandlerTest.measuredYear(fakes);
        String other = Escalation.idOf("dwo", 2027, "99999999");
        fakes.escalations().save(new Escalation(other, "dwo", "99999999", 2027, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.REPORT, "klachten", null, "missing")), null, null, false,
                List.of(new Transition(LocalDate.of(2028, 3, 1), null, EscalationState.SIGNALLED, "signal", "report",
                        "kpi-run", CLOCK.instant())), 0));
        InMemoryS3 bucket = new InMemoryS3();
        InternalSitePublishHandler handler = new InternalSitePublishHandler(CONFIG, FakeStores.of(fakes), bucket,
                "scorecards-internal-site", "", Map::of, CLOCK);

        JsonNode outcome = LambdaJson.answer(handler.handleRequest(
                LambdaJson.event("scheduled-site-publish.json", ScheduledEvent.class), null));

        assertThat(outcome.path("edition").asString()).isEqualTo("internal");
        assertThat(outcome.path("years").asInt()).isEqualTo(1);
        assertThat(outcome.path("regions").propertyNames()).containsExactlyInAnyOrder("zaanstreek-waterland", "dwo",
                "bno-oost", "midden-limburg", "drechtsteden");
        assertThat(bucket.objects()).containsKeys("zaanstreek-waterland/index.html", "zaanstreek-waterland/intern/index.html",
                "dwo/intern/escalaties.html").doesNotContainKeys("index.html", "intern/index.html");
        assertThat(text(bucket, "dwo/intern/escalaties.html")).contains(other);
        assertThat(bucket.objects().entrySet()).filteredOn(e -> !e.getKey().startsWith("dwo/"))
                .allMatch(e -> !text(bucket, e.getKey()).contains(other));
    }

    private static String text(InMemoryS3 bucket, String key) {
        return new String(bucket.objects().get(key).bytes(), StandardCharsets.UTF_8);
    }
}
