package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.site.KpiRunJson;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.handler.KpiRegionRunHandler;
import nl.wmoscorecards.functions.handler.KpiRunFinishHandler;
import nl.wmoscorecards.functions.handler.KpiRunPlanHandler;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.demo.DemoDataGenerator;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The yearly run as AWS runs it: template.yaml's state machine executed step by step (plan, one invocation per
 * measurement region, finish) against the real handlers and the embedded DynamoDB server, over a synthetic
 * year of every seeded region. It must store the same results and raise the same escalations as the run in
 * one process (the CLI's), also when a region's invocation fails after writing and is retried.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the first run raises the escalations; later runs find them
class YearlyKpiRunStateMachineTest {
    private static final int YEAR = 2026;
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String FLAKY_REGION = "zaanstad-wormerland";
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromEnvironment();
    private static LocalRuntime runtime;
    private static Stores stores;

    private final Template template = Template.load();

    @BeforeAll
    static void ingestASyntheticYear(@TempDir Path folder) throws IOException {
        runtime = LocalRuntime.inMemory(folder.resolve("data"),
                "state-machine-test-pseudonym-key".getBytes(StandardCharsets.US_ASCII));
        stores = runtime.stores();
        DemoData year = new DemoDataGenerator(CONFIG, YEAR, 2026).generate(folder.resolve("demo"));
        runtime.allocationIngest().ingestPaths(year.eventFiles());
        stores.surveyResponses().save(year.surveyResponses());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    @Order(1)
    void theStateMachineStoresWhatTheRunInOneProcessStoresAndARetriedRegionChangesNothing() throws IOException {
        List<String> regions = YearlyAssessment.regions(CONFIG);
        assertThat(regions).contains(FLAKY_REGION).hasSizeGreaterThan(1);
        StateMachineRun execution = new StateMachineRun(template, "YearlyKpiRun", Map.<String, RequestHandler<?, ?>>of(
                "KpiRunPlanFunction", new KpiRunPlanHandler(CONFIG, CLOCK),
                "KpiRegionRunFunction", new FailsOnceAfterWriting(new KpiRegionRunHandler(CONFIG, stores, CLOCK)),
                "KpiRunFinishFunction", new KpiRunFinishHandler(CONFIG, stores, CLOCK))::get);

        JsonNode output = execution.execute(scheduledEvent());

        assertThat(execution.invocations()).as("plan once, every region once (one twice: its retry), finish once")
                .hasSize(regions.size() + 3)
                .containsOnlyOnce("KpiRunPlanFunction", "KpiRunFinishFunction")
                .filteredOn("KpiRegionRunFunction"::equals).hasSize(regions.size() + 1);
        assertThat(output.path("year").asInt()).isEqualTo(YEAR);
        assertThat(output.path("asOf").asString()).isEqualTo(AS_OF.toString());
        assertThat(output.path("regions").asInt()).isEqualTo(regions.size());
        KpiRun stored = storedRun(regions);
        assertThat(output.path("results").asInt()).isEqualTo(stored.results().size()).isGreaterThan(100);
        assertThat(stored.results()).extracting(KpiResult::region).containsAll(regions.subList(0, 2));
        List<Escalation> escalations = stores.escalations().all();
        assertThat(output.path("escalations").asInt()).isEqualTo(escalations.size()).isPositive();
        assertThat(stores.kpiResults().run(YEAR)).hasValueSatisfying(r -> assertThat(r.asOf()).isEqualTo(AS_OF));

        YearlyAssessment.Outcome inOneProcess = UseCases.yearlyRun(CONFIG, stores, CLOCK).run(YEAR, AS_OF);

        assertThat(KpiRunJson.toJson(stored)).as("KPI JSON of the state machine's results")
                .isEqualTo(KpiRunJson.toJson(inOneProcess.run()));
        assertThat(KpiRunJson.toJson(storedRun(regions))).as("the one-process run replaced them with the same")
                .isEqualTo(KpiRunJson.toJson(stored));
        assertThat(inOneProcess.escalations()).as("the same escalations: raising them again changes none").isEmpty();
        assertThat(stores.escalations().all()).isEqualTo(escalations);
    }

    @Test
    void aRegionThatKeepsFailingFailsTheRunAndRecordsItAsFailedWithTheInputThatRerunsIt() throws IOException {
        Optional<KpiRun> recordedBefore = stores.kpiResults().run(YEAR);
        StateMachineRun execution = new StateMachineRun(template, "YearlyKpiRun", Map.<String, RequestHandler<?, ?>>of(
                "KpiRunPlanFunction", new KpiRunPlanHandler(CONFIG, CLOCK),
                "KpiRegionRunFunction", new FailsForRegion(FLAKY_REGION, new KpiRegionRunHandler(CONFIG, stores, CLOCK)),
                "KpiRunFinishFunction", new KpiRunFinishHandler(CONFIG, stores, CLOCK))::get);
        JsonNode input = scheduledEvent();

        StateMachineRun.ExecutionFailed failed = catchThrowableOfType(StateMachineRun.ExecutionFailed.class,
                () -> execution.execute(input));

        assertThat(failed).as("the execution ends FAILED, so the failed-run alarm fires").isNotNull();
        assertThat(failed.error()).isEqualTo("KpiRunFailed");
        assertThat(execution.invocations()).as("no finish: the year's run is not recorded as done")
                .doesNotContain("KpiRunFinishFunction");
        assertThat(stores.kpiResults().run(YEAR)).as("the run recorded before stays as it was").isEqualTo(recordedBefore);
        assertThat(execution.sentMessages()).as("the failed run, recorded once in the failed-events queue").hasSize(1);
        StateMachineRun.SentMessage record = execution.sentMessages().get(0);
        assertThat(record.queue()).isEqualTo("FailedEventsQueue");
        assertThat(record.body().path("failed").asString()).isEqualTo("yearly-kpi-run");
        assertThat(record.body().path("error").asString()).isEqualTo("IllegalStateException");
        assertThat(record.body().path("cause").asString()).contains(FLAKY_REGION);
        assertThat(record.body().path("execution").asString()).isNotBlank();
        assertThat(record.body().path("input")).isEqualTo(input);

        // docs/deploy.md: once the cause is fixed, start an execution with the recorded input.
        StateMachineRun rerun = new StateMachineRun(template, "YearlyKpiRun", Map.<String, RequestHandler<?, ?>>of(
                "KpiRunPlanFunction", new KpiRunPlanHandler(CONFIG, CLOCK),
                "KpiRegionRunFunction", new KpiRegionRunHandler(CONFIG, stores, CLOCK),
                "KpiRunFinishFunction", new KpiRunFinishHandler(CONFIG, stores, CLOCK))::get);
        JsonNode output;
        try {
            output = rerun.execute(record.body().path("input"));
        } catch (StateMachineRun.ExecutionFailed rerunFailed) {
            throw new AssertionError("the rerun failed: " + rerun.sentMessages(), rerunFailed);
        }

        assertThat(output.path("year").asInt()).isEqualTo(YEAR);
        assertThat(stores.kpiResults().run(YEAR)).hasValueSatisfying(r -> assertThat(r.asOf()).isEqualTo(AS_OF));
        assertThat(rerun.sentMessages()).isEmpty();
    }

    @Test
    void aRegionStepThatOutlivesItsStateTimeoutFailsTheRunAsTimedOut() throws IOException {
        Template shortTimeout = Template.load();
        Map<String, Object> measureRegion = Template.map(Template.map(Template.map(Template.map(Template.map(Template.map(
                shortTimeout.properties("YearlyKpiRun").get("Definition")).get("States")).get("MeasureRegions"))
                .get("ItemProcessor")).get("States")).get("MeasureRegion"));
        assertThat(measureRegion.get("TimeoutSeconds")).as("the region step has a state timeout").isNotNull();
        measureRegion.put("TimeoutSeconds", 1);
        StateMachineRun execution = new StateMachineRun(shortTimeout, "YearlyKpiRun", Map.<String, RequestHandler<?, ?>>of(
                "KpiRunPlanFunction", new KpiRunPlanHandler(CONFIG, CLOCK),
                "KpiRegionRunFunction", new SlowForRegion(FLAKY_REGION, 1_200))::get);

        StateMachineRun.ExecutionFailed failed = catchThrowableOfType(StateMachineRun.ExecutionFailed.class,
                () -> execution.execute(scheduledEvent()));

        assertThat(failed).isNotNull();
        assertThat(execution.sentMessages()).singleElement()
                .satisfies(m -> assertThat(m.body().path("error").asString()).isEqualTo("States.Timeout"));
    }

    @Test
    void aRegionsInvocationGetsItsRegionAndTheYearFromThePlan() {
        StateMachineRun execution = new StateMachineRun(template, "YearlyKpiRun", id -> null);
        JsonNode measure = execution.definition().path("States").path("MeasureRegions");
        assertThat(execution.functionOf(measure.path("ItemProcessor").path("States").path("MeasureRegion")
                .path("Resource").asString())).isEqualTo("KpiRegionRunFunction");
        assertThat(measure.path("MaxConcurrency").asInt()).as("regions at a time: bounded, more than one")
                .isBetween(2, 40);
        assertThat(measure.path("ResultPath").asString()).as("the finish step still gets the plan's fields")
                .isEqualTo("$.measured");
    }

    private static KpiRun storedRun(List<String> regions) {
        List<KpiResult> results = new ArrayList<>();
        regions.forEach(region -> results.addAll(stores.kpiResults().results(YEAR, region)));
        return new KpiRun(YEAR, AS_OF, CLOCK.instant(), results);
    }

    private static JsonNode scheduledEvent() throws IOException {
        try (InputStream in = YearlyKpiRunStateMachineTest.class.getResourceAsStream("/events/scheduled-kpi-run.json")) {
            // Fired on the as-of date, so the schedule measures YEAR (a year inside every contract phase).
            tools.jackson.databind.node.ObjectNode event = (tools.jackson.databind.node.ObjectNode) JsonMapper.builder()
                    .build().readTree(in);
            return event.put("time", AS_OF + "T05:00:00Z");
        }
    }

    /** The region step, failing every time for one region (say, a bug its data brings out). */
    private record FailsForRegion(String region, KpiRegionRunHandler handler)
            implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            if (region.equals(input.get("region"))) {
                throw new IllegalStateException("cannot measure " + region);
            }
            return handler.handleRequest(input, context);
        }
    }

    /** A region step that answers at once, but takes this long for one region. */
    private record SlowForRegion(String region, long millis)
            implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            if (region.equals(input.get("region"))) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Map.of("region", input.get("region"), "results", 0, "measured", 0);
        }
    }

    /** The region step, failing once for one region after it measured and stored it (say, a timeout). */
    private static final class FailsOnceAfterWriting implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        private final KpiRegionRunHandler handler;
        private final Set<String> failed = Collections.newSetFromMap(new ConcurrentHashMap<>());

        FailsOnceAfterWriting(KpiRegionRunHandler handler) {
            this.handler = handler;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            Map<String, Object> answer = handler.handleRequest(input, context);
            if (FLAKY_REGION.equals(input.get("region")) && failed.add(FLAKY_REGION)) {
                throw new IllegalStateException("Task timed out after writing " + FLAKY_REGION);
            }
            return answer;
        }
    }
}
