package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.fixtures.InMemoryAllocationStore;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** allocation-ingest fed the S3 ObjectCreated event AWS sends, against the in-memory allocation store. */
class S3AllocationIngestHandlerTest {
    private static final String BUCKET = "scorecards-incoming-dev";
    /** The event names "export+2025.jsonl": S3 URL-encodes keys, a space as '+'. */
    private static final String KEY = "allocations/0479/export 2025.jsonl";
    private final InMemoryAllocationStore allocations = new InMemoryAllocationStore();
    private final InMemoryObjects bucket = new InMemoryObjects();
    private final S3AllocationIngestHandler handler = new S3AllocationIngestHandler(new AllocationIngest(allocations,
            ConfigLoader.fromClasspath().regions(), new Pseudonymizer("k".repeat(32).getBytes(StandardCharsets.US_ASCII))),
            bucket);

    private JsonNode ingest() {
        return LambdaJson.answer(handler.handleRequest(LambdaJson.event("s3-object-created.json", S3Event.class), null));
    }

    @Test
    void theObjectTheEventNamesIsFoldedIntoItsAllocationsWithoutABsn() {
        bucket.putResource(BUCKET, KEY, "zaanstad-2027.jsonl");

        JsonNode outcome = ingest().get(0);

        assertThat(outcome.path("object").asString()).isEqualTo(KEY);
        assertThat(outcome.path("errorCount").asInt()).isZero();
        assertThat(outcome.path("accepted").asInt()).isPositive();
        List<Allocation> stored = allocations.allocationsOf("0479");
        assertThat(stored).hasSize(38); // 2 carried over, 11 assigned in 2027, 20 evaluated, 5 of the small provider
        assertThat(stored).allSatisfy(a -> assertThat(a.toString()).doesNotContain("99990"));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        bucket.putResource(BUCKET, KEY, "zaanstad-2027.jsonl");
        ingest();
        List<Allocation> once = allocations.allocationsOf("0479");

        ingest();

        assertThat(allocations.allocationsOf("0479")).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void aLineThatIsNoMessageIsReportedByLineAndTheOthersAreStored() {
        String valid = "{\"type\":\"301\",\"messageId\":\"M1\",\"sentAt\":\"2026-04-20T09:00:00Z\",\"municipality\":\"0479\","
                + "\"provider\":\"11111111\",\"allocationNumber\":\"A1\",\"bsn\":\"999900006\",\"productCategory\":\"02\","
                + "\"startDate\":\"2026-05-01\"}";
        bucket.put(BUCKET, KEY, (valid + "\n{\"type\":\"301\",\"bsn\":\"999900018\"\n").getBytes(StandardCharsets.UTF_8));

        JsonNode outcome = ingest().get(0);

        assertThat(outcome.path("accepted").asInt()).isEqualTo(1);
        assertThat(outcome.path("errorCount").asInt()).isEqualTo(1);
        assertThat(outcome.path("errors").get(0).asString()).contains(KEY).contains("line 2").doesNotContain("999900018");
        assertThat(allocations.allocationsOf("0479")).singleElement()
                .satisfies(a -> assertThat(a.key().allocationNumber()).isEqualTo("A1"));
    }

    @Test
    void anObjectThatCannotBeReadFailsTheInvocationSoLambdaRetriesIt() {
        assertThatThrownBy(this::ingest).hasMessageContaining(KEY);
        assertThat(allocations.all()).isEmpty();
    }
}
