package nl.wmoscorecards.tests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.functions.handler.S3AllocationIngestHandler;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.runtime.S3Notifications;
import nl.wmoscorecards.tests.reliability.FaultInjector.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A throttled table, a failing or unreachable service and a Lambda that dies half-way never change a KPI:
 * the allocation-ingest function and the yearly run, on SDK clients whose calls fail at a set rate or stop
 * dead, end with exactly the KPI JSON of a clean run.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionTest {
    /** Lambda's asynchronous invocation (S3 events) and the scheduler retry a failed invocation twice (template.yaml). */
    private static final int DELIVERIES = 3;
    private static final double FAULT_RATE = 0.30;
    private static final int KILL_POINTS = 20;
    /** The kill test ingests one measurement region's files (JSON Lines and CSV), to keep 20 reruns sane. */
    private static final String KILL_REGION = "zaanstad-wormerland";

    @TempDir
    static Path work;
    private Rig rig;
    private DemoData demo;
    private List<String> allObjects;

    @BeforeAll
    void start() throws IOException {
        rig = Rig.start();
        demo = rig.demoYear(work.resolve("demo"));
        allObjects = rig.upload(demo.eventFiles());
    }

    @AfterAll
    void stop() {
        rig.close();
    }

    @Test
    void withThirtyPercentOfCallsFailingIngestOfARegionAndTheKpiRunGiveExactlyTheCleanResults() {
        faultyRunEqualsCleanRun(allObjects.stream().filter(k -> k.contains(KILL_REGION)).toList(), "one region's year");
    }

    /** The whole synthetic year: about 8 to 9 minutes on two shared cores, most of it the SDK's throttling back-off. */
    @Test
    @Tag("long")
    void withThirtyPercentOfCallsFailingIngestOfTheWholeYearAndTheKpiRunGiveExactlyTheCleanResults() {
        faultyRunEqualsCleanRun(allObjects, "the whole year");
    }

    private void faultyRunEqualsCleanRun(List<String> objects, String what) {
        String clean;
        Map<String, Set<Allocation>> cleanAllocations;
        Map<String, Set<Allocation>> faultyAllocations;
        try (DynamoDbClient dynamo = rig.dynamoClient(); S3Client s3 = rig.s3Client()) {
            Stores stores = Stores.dynamo(dynamo, rig.freshTables("clean"));
            S3AllocationIngestHandler handler = rig.ingestHandler(stores, s3);
            objects.forEach(key -> handler.handleRequest(event(key), null));
            stores.surveyResponses().save(demo.surveyResponses());
            clean = rig.kpiJson(stores);
            cleanAllocations = rig.allocations(stores);
        }

        FaultInjector faults = FaultInjector.failing(20261125L, FAULT_RATE);
        Redeliveries redelivered = new Redeliveries();
        long accepted = 0;
        String faulty;
        try (DynamoDbClient dynamo = rig.dynamoClient(faults); S3Client s3 = rig.s3Client(faults)) {
            Stores stores = Stores.dynamo(dynamo, rig.freshTables("faulty"));
            S3AllocationIngestHandler handler = rig.ingestHandler(stores, s3);
            for (String key : objects) {
                accepted += redelivered.deliver("ingest " + key, () -> handler.handleRequest(event(key), null)).stream()
                        .mapToLong(outcome -> ((Number) outcome.get("accepted")).longValue()).sum();
            }
            List<SurveyResponse> responses = demo.surveyResponses();
            redelivered.deliver("survey responses", () -> {
                stores.surveyResponses().save(responses);
                return null;
            });
            faulty = redelivered.deliver("kpi-run", () -> rig.kpiJson(stores));
            faultyAllocations = redelivered.deliver("read allocations", () -> rig.allocations(stores));
        }

        assertThat(faulty).isEqualTo(clean);
        assertThat(faultyAllocations).isEqualTo(cleanAllocations);
        assertThat(clean).contains("\"measured\" : true");
        assertThat(faults.attempts()).isGreaterThan(faults.calls());
        for (Fault fault : Fault.values()) {
            assertThat(faults.injected(fault)).as("%s faults injected", fault).isPositive();
        }
        double rate = (double) (faults.injected(Fault.SERVER_ERROR) + faults.injected(Fault.IO_ERROR)
                + faults.injected(Fault.THROTTLING)) / faults.attempts();
        assertThat(rate).isBetween(FAULT_RATE - 0.03, FAULT_RATE + 0.03);
        Figures.record("FaultInjectionTest", String.format(Locale.ROOT,
                "%s, %d objects, %d messages; %d SDK calls, %d attempts; faults injected %d (5xx %d, I/O %d, throttling %d, "
                        + "unprocessed batch %d), %.1f%% of attempts; invocations that failed after the SDK's retries and "
                        + "were redelivered: %d of %d; KPI JSON (%d results) and stored allocations identical to the clean run",
                what, objects.size(), accepted, faults.calls(), faults.attempts(), faults.injectedTotal(),
                faults.injected(Fault.SERVER_ERROR), faults.injected(Fault.IO_ERROR), faults.injected(Fault.THROTTLING),
                faults.injected(Fault.UNPROCESSED), rate * 100, redelivered.failed, redelivered.invocations,
                count(clean, "\"kpi\"")));
    }

    @Test
    void ingestKilledAfterAnyNumberOfWritesAndRunAgainEndsExactlyWhereACleanIngestEnds() {
        List<String> region = allObjects.stream().filter(k -> k.contains(KILL_REGION)).toList();
        assertThat(region).hasSize(2);
        FaultInjector counter = FaultInjector.counting();
        String clean;
        Map<String, Set<Allocation>> cleanAllocations;
        long writes;
        try (DynamoDbClient dynamo = rig.dynamoClient(counter); S3Client s3 = rig.s3Client()) {
            Stores stores = Stores.dynamo(dynamo, rig.freshTables("kill-clean"));
            S3AllocationIngestHandler handler = rig.ingestHandler(stores, s3);
            region.forEach(key -> handler.handleRequest(event(key), null));
            writes = counter.writeCalls();
            clean = rig.kpiJson(stores);
            cleanAllocations = rig.allocations(stores);
        }
        // Messages go out 25 to a BatchWriteItem call, so a region makes tens of write calls: enough kill points.
        assertThat(writes).isGreaterThan(2L * KILL_POINTS);

        Random random = new Random(7);
        Set<Long> points = new LinkedHashSet<>();
        while (points.size() < KILL_POINTS) {
            points.add(random.nextLong(1, writes));
        }
        List<String> killedAt = new ArrayList<>();
        int i = -1;
        for (long point : points) {
            i++;
            boolean afterEffect = i % 2 == 1;
            FaultInjector killer = FaultInjector.killedAfter(point, afterEffect);
            Stores stores;
            var tables = rig.freshTables("kill-" + i);
            try (DynamoDbClient dynamo = rig.dynamoClient(killer); S3Client s3 = rig.s3Client(killer)) {
                S3AllocationIngestHandler dying = rig.ingestHandler(Stores.dynamo(dynamo, tables), s3);
                boolean died = false;
                for (String key : region) {
                    try {
                        dying.handleRequest(event(key), null);
                    } catch (RuntimeException e) {
                        assertThat(killer.killed()).as("only the kill stops the ingest: %s", e).isTrue();
                        died = true;
                        break;
                    }
                }
                assertThat(died).as("killed after %d writes", point).isTrue();
            }
            try (DynamoDbClient dynamo = rig.dynamoClient(); S3Client s3 = rig.s3Client()) {
                stores = Stores.dynamo(dynamo, tables);
                S3AllocationIngestHandler again = rig.ingestHandler(stores, s3);
                region.forEach(key -> again.handleRequest(event(key), null));
                assertThat(rig.kpiJson(stores)).as("killed %s write %d, then run again",
                        afterEffect ? "after" : "before", point).isEqualTo(clean);
                assertThat(rig.allocations(stores)).as("allocations after a kill %s write %d and a rerun",
                        afterEffect ? "after" : "before", point).isEqualTo(cleanAllocations);
            }
            killedAt.add((afterEffect ? "after " : "before ") + point);
        }
        Figures.record("FaultInjectionTest", String.format(Locale.ROOT,
                "ingest of %s (%d write calls when clean) killed at %d points and run again, each ending with the clean KPI JSON and allocations: %s",
                KILL_REGION, writes, KILL_POINTS, String.join(", ", killedAt)));
    }

    private com.amazonaws.services.lambda.runtime.events.S3Event event(String key) {
        return S3Notifications.objectCreated(rig.s3.bucket(), key, 0);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** At-least-once delivery as Lambda and the scheduler give it: a failed invocation is delivered again, twice at most. */
    private static final class Redeliveries {
        int invocations;
        int failed;

        <T> T deliver(String what, Supplier<T> invocation) {
            for (int delivery = 1; ; delivery++) {
                invocations++;
                try {
                    return invocation.get();
                } catch (RuntimeException e) {
                    failed++;
                    if (delivery == DELIVERIES) {
                        throw new AssertionError(what + " failed " + DELIVERIES + " times; the event would go to the DLQ", e);
                    }
                }
            }
        }
    }
}
