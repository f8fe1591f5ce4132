package nl.wmoscorecards.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.upload.ObjectKey;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.functions.handler.KpiRegionRunHandler;
import nl.wmoscorecards.functions.handler.KpiRunFinishHandler;
import nl.wmoscorecards.functions.handler.KpiRunPlanHandler;
import nl.wmoscorecards.functions.handler.S3AllocationIngestHandler;
import nl.wmoscorecards.functions.handler.S3ReportIngestHandler;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.runtime.S3Notifications;
import nl.wmoscorecards.tests.deploy.StateMachineRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Lambda handlers together, fed with the event JSON AWS sends (S3 ObjectCreated, EventBridge Scheduler), on the
 * embedded DynamoDB-compatible server: the yearly state machine over ingested messages, and a warm region step
 * after a report upload. Objects are read from a folder standing in for the bucket. Each handler alone is tested
 * beside it in functions (functions/src/test).
 */
@Tag("integration")
class LambdaHandlersTest {
    @TempDir
    Path work;
    private LocalRuntime runtime;
    private Path bucketRoot;

    @BeforeEach
    void start() throws IOException {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes());
        bucketRoot = work.resolve("objects");
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private S3AllocationIngestHandler ingestHandler() {
        return new S3AllocationIngestHandler(runtime.allocationIngest(), (bucket, key) -> {
            try {
                return Files.newInputStream(bucketRoot.resolve(bucket).resolve(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void putObject(String bucket, String key, Scenario scenario) throws IOException {
        Path file = bucketRoot.resolve(bucket).resolve(key);
        Files.createDirectories(file.getParent());
        scenario.write(file);
    }

    @Test
    void theYearlyStateMachineMeasuresThePreviousYearAsOfItsScheduleDateIncludingSurveys() throws IOException {
        Scenario scenario = Scenario.build();
        putObject("scorecards-incoming-dev", "allocations/0479/export 2025.jsonl", scenario);
        ingestHandler().handleRequest(EventLoader.loadS3Event("events/s3-object-created.json"), null);
        List<SurveyResponse> responses = IntStream.range(0, 10).mapToObj(i -> new SurveyResponse("cto-" + i,
                Scenario.BIG, "0880", LocalDate.of(2027, 9, 1), BigDecimal.valueOf(i < 5 ? 8 : 9))).toList();
        runtime.stores().surveyResponses().save(responses);
        // The schedule fired on 1 March 2028 measures 2027, a year wholly inside Zaanstreek-Waterland's contract phase.
        JsonNode event = ((tools.jackson.databind.node.ObjectNode) JsonMapper.builder().build()
                .readTree(getClass().getResourceAsStream("/events/scheduled-kpi-run.json"))).put("time", "2028-03-01T05:00:00Z");
        Clock clock = Clock.fixed(Instant.parse("2028-03-01T05:00:03Z"), ZoneOffset.UTC);

        JsonNode outcome = StateMachineRun.of("YearlyKpiRun", Map.of(
                "KpiRunPlanFunction", new KpiRunPlanHandler(runtime.config(), clock),
                "KpiRegionRunFunction", new KpiRegionRunHandler(runtime.config(), runtime.stores(), clock),
                "KpiRunFinishFunction", new KpiRunFinishHandler(runtime.config(), runtime.stores(), clock))).execute(event);

        assertThat(outcome.path("year").asInt()).isEqualTo(2027);
        assertThat(outcome.path("asOf").asString()).isEqualTo("2028-03-01");
        List<KpiResult> results = runtime.stores().kpiResults().results(2027, "zaanstad-wormerland");
        assertThat(results).extracting(r -> r.provider() + "/" + r.kpi()).containsExactlyInAnyOrder(
                "11111111/client-satisfaction", "11111111/result-achieved", "11111111/start-within-6-weeks",
                "22222222/start-within-6-weeks", "11111111/start-reported-within-5-working-days",
                "22222222/start-reported-within-5-working-days");
        KpiResult satisfaction = results.stream().filter(r -> r.kpi().equals("client-satisfaction")).findFirst().orElseThrow();
        assertThat(satisfaction.value()).isEqualTo(8.5);
        assertThat(satisfaction.band()).isEqualTo(Band.ACHIEVED);
        assertThat(satisfaction.respondents()).isEqualTo(10);
        assertThat(runtime.stores().kpiResults().run(2027)).hasValueSatisfying(r -> assertThat(r.asOf()).isEqualTo("2028-03-01"));
    }

    @Test
    void aWarmRegionStepSeesReportsUploadedSinceItsLastRun() throws IOException {
        String provider = "33333333";
        runtime.stores().surveyResponses().save(List.of(new SurveyResponse("cto-dwo-1", provider, "0503",
                LocalDate.of(2027, 6, 1), BigDecimal.valueOf(8))));
        Clock clock = Clock.fixed(Instant.parse("2028-03-01T05:00:00Z"), ZoneOffset.UTC);
        // One instance for both runs, as a Lambda container that stays warm between executions.
        KpiRegionRunHandler regionStep = new KpiRegionRunHandler(runtime.config(), runtime.stores(), clock);
        Map<String, Object> dwo = Map.of("year", 2027, "asOf", "2028-03-01", "region", "dwo");

        regionStep.handleRequest(dwo, null);
        assertThat(experienceExperts(provider)).as("before the staff report").isEmpty();

        String uploadId = "0b7e2a58-1c53-4d0e-9a77-3f1f6c2d9e10";
        String key = new ObjectKey(provider, "personeel", "2027", uploadId, ".csv").toString();
        runtime.stores().uploads().create(Upload.pending(uploadId, provider, "personeel", "2027", "personeel.csv",
                "text/csv", key, clock.instant()));
        byte[] report = "peildatum;fte;verloop %;vacatures;ervaringsdeskundigen in dienst\r\n31-12-2027;20,5;5;1;3\r\n"
                .getBytes(StandardCharsets.UTF_8);
        new S3ReportIngestHandler(S3ReportIngestHandler.wire(runtime.config(), runtime.stores()),
                (bucket, k) -> new ByteArrayInputStream(report), (bucket, k, json) -> { })
                .handleRequest(S3Notifications.objectCreated("incoming", key, report.length), null);
        assertThat(runtime.stores().uploads().find(uploadId)).hasValueSatisfying(u ->
                assertThat(u.status()).as("upload accepted").isEqualTo(UploadStatus.ACCEPTED));
        regionStep.handleRequest(dwo, null);

        assertThat(experienceExperts(provider)).as("after the staff report, same warm step")
                .singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(3.0));
    }

    private List<KpiResult> experienceExperts(String provider) {
        return runtime.stores().kpiResults().results(2027, "dwo").stream()
                .filter(r -> r.provider().equals(provider) && r.kpi().contains("experience")).toList();
    }
}
