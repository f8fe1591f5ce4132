package nl.wmoscorecards.functions.handler;

import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CLOCK;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.util.Map;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** internal-site-publish: the same schedule, the contract managers' edition with its internal pages. */
class InternalSitePublishHandlerTest {

    @Test
    void theInternalEditionIsPublishedWithItsInternalPages() throws IOException {
        InMemoryStores fakes = new InMemoryStores();
        SitePublishHandlerTest.measuredYear(fakes);
        InMemoryS3 bucket = new InMemoryS3();
        InternalSitePublishHandler handler = new InternalSitePublishHandler(CONFIG, FakeStores.of(fakes), bucket,
                "scorecards-internal-site", "", Map::of, CLOCK);

        JsonNode outcome = LambdaJson.answer(handler.handleRequest(
                LambdaJson.event("scheduled-site-publish.json", ScheduledEvent.class), null));

        assertThat(outcome.path("edition").asString()).isEqualTo("internal");
        assertThat(outcome.path("years").asInt()).isEqualTo(1);
        assertThat(bucket.objects()).containsKeys("index.html", "intern/index.html");
    }
}
