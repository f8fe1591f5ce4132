package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.embedded.EmbeddedDynamoDb;
import nl.wmoscorecards.embedded.ProjectHome;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.functions.handler.ApiReportDutiesHandler;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.functions.handler.ContractManagerSiteHandler;
import nl.wmoscorecards.functions.handler.KpiRegionRunHandler;
import nl.wmoscorecards.functions.handler.KpiRunFinishHandler;
import nl.wmoscorecards.functions.handler.KpiRunPlanHandler;
import nl.wmoscorecards.functions.handler.ObjectSource;
import nl.wmoscorecards.functions.handler.S3AllocationIngestHandler;
import nl.wmoscorecards.functions.handler.S3ReportIngestHandler;
import nl.wmoscorecards.functions.handler.ScheduledDeadlineCheckHandler;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.functions.store.DynamoUploadStore;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import nl.wmoscorecards.local.runtime.S3Notifications;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other half of least privilege: each handler, run through its real flow on the embedded DynamoDB server,
 * makes only DynamoDB calls that {@link AccessContract} (and so template.yaml) grants it. Tables are named
 * after their environment variables, so a recorded call maps back to the template's table.
 */
@Tag("integration")
class GrantsCoverCallsTest {
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T05:00:00Z"), ZoneOffset.UTC);
    private static EmbeddedDynamoDb server;
    private static DynamoDbClient client;
    private static final RecordedCalls CALLS = new RecordedCalls();
    private static Stores stores;
    private static TableNames names;
    private final Template template = Template.load();
    private final ScorecardsConfig config = ConfigLoader.fromEnvironment();
    private final Map<String, byte[]> objects = new HashMap<>();
    private final ObjectSource objectSource = (bucket, key) -> new ByteArrayInputStream(objects.get(key));

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedDynamoDb.start(ProjectHome.locate(), null);
        names = TableNames.from(new TreeMap<>(Map.of(
                "ALLOCATIONS_TABLE", "ALLOCATIONS_TABLE", "SURVEY_RESPONSES_TABLE", "SURVEY_RESPONSES_TABLE",
                "KPI_RESULTS_TABLE", "KPI_RESULTS_TABLE", "KPI_RUNS_TABLE", "KPI_RUNS_TABLE",
                "UPLOADS_TABLE", "UPLOADS_TABLE", "REPORT_ROWS_TABLE", "REPORT_ROWS_TABLE",
                "ESCALATIONS_TABLE", "ESCALATIONS_TABLE",
                // read by contract-manager-site when it renders a region's pages again
                "CONTRACT_MANAGEMENT_TABLE", "CONTRACT_MANAGEMENT_TABLE")));
        try (DynamoDbClient setup = client(null)) {
            Tables.createIfMissing(setup, names);
        }
        client = client(CALLS);
        stores = Stores.dynamo(client, names);
    }

    private static DynamoDbClient client(RecordedCalls recorder) {
        return DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(CREDENTIALS).httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> {
                    if (recorder != null) {
                        o.addExecutionInterceptor(recorder);
                    }
                }).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyHandlersCallsAreGranted() throws Exception {
        CALLS.take();
        // upload-api: ask for a URL, then the upload's status.
        ApiUploadsHandler api = new ApiUploadsHandler(new DynamoUploadStore(client, names.uploads()), config.reportTypes(),
                S3Presigner.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS).build(),
                "incoming", CLOCK, () -> UUID.randomUUID().toString());
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        APIGatewayV2HTTPResponse created = api.handleRequest(post, null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        String uploadId = JsonMapper.builder().build().readTree(created.getBody()).path("uploadId").asString();
        APIGatewayV2HTTPEvent get = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        get.setRawPath("/uploads/" + uploadId);
        get.getRequestContext().getHttp().setMethod("GET");
        assertThat(api.handleRequest(get, null).getStatusCode()).isEqualTo(200);
        get.setRawPath("/uploads"); // the provider's own uploads, as the upload page lists them
        assertThat(api.handleRequest(get, null).getStatusCode()).isEqualTo(200);
        assertGranted("ApiUploadsHandler");

        // report-ingest: the file arrives under the key the API chose.
        String key = stores.uploads().find(uploadId).orElseThrow().objectKey();
        byte[] csv = "gemeente;datum;cijfer\n0479;12-03-2025;8\n0479;2025-03-13;9\n".getBytes(StandardCharsets.UTF_8);
        objects.put(key, csv);
        new S3ReportIngestHandler(S3ReportIngestHandler.wire(config, stores), objectSource, (bucket, k, json) -> { })
                .handleRequest(S3Notifications.objectCreated("incoming", key, csv.length), null);
        assertGranted("S3ReportIngestHandler");

        // allocation-ingest: an export with a 301 and a 305.
        String export = String.join("\n",
                "{\"type\":\"301\",\"messageId\":\"M1\",\"sentAt\":\"2025-02-01T10:00:00Z\",\"municipality\":\"0479\",\"provider\":\"73730123\",\"allocationNumber\":\"A1\",\"bsn\":\"999900006\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"2025-02-03\"}",
                "{\"type\":\"305\",\"messageId\":\"M2\",\"sentAt\":\"2025-02-12T10:00:00Z\",\"municipality\":\"0479\",\"provider\":\"73730123\",\"allocationNumber\":\"A1\",\"startDate\":\"2025-02-10\"}",
                // In care in Midden-Limburg in 2025: its report duties apply, so the daily check reads reports.
                "{\"type\":\"301\",\"messageId\":\"M3\",\"sentAt\":\"2025-02-01T10:00:00Z\",\"municipality\":\"0957\",\"provider\":\"73730123\",\"allocationNumber\":\"A2\",\"bsn\":\"999900018\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"2025-02-03\"}",
                "{\"type\":\"305\",\"messageId\":\"M4\",\"sentAt\":\"2025-02-12T10:00:00Z\",\"municipality\":\"0957\",\"provider\":\"73730123\",\"allocationNumber\":\"A2\",\"startDate\":\"2025-02-10\"}") + "\n";
        objects.put("0479/export.jsonl", export.getBytes(StandardCharsets.UTF_8));
        new S3AllocationIngestHandler(new AllocationIngest(stores.allocations(), config.regions(),
                new Pseudonymizer("k".repeat(32).getBytes(StandardCharsets.UTF_8))), objectSource)
                .handleRequest(S3Notifications.objectCreated("exports", "0479/export.jsonl", export.length()), null);
        assertGranted("S3AllocationIngestHandler");

        // The yearly run's steps, twice; the second time one region is left out, as when a region is no longer
        // configured: finish clears its results.
        ScheduledEvent scheduled = EventLoader.loadScheduledEvent("events/scheduled-kpi-run.json");
        List<String> regions = YearlyAssessment.regions(config);
        for (List<String> measured : List.of(regions, regions.subList(1, regions.size()))) {
            Map<String, Object> plan = new KpiRunPlanHandler(config, CLOCK).handleRequest(scheduled, null);
            assertGranted("KpiRunPlanHandler");
            KpiRegionRunHandler regionRun = new KpiRegionRunHandler(config, stores, CLOCK);
            for (String region : measured) {
                Map<String, Object> unit = new HashMap<>(plan);
                unit.remove("regions");
                unit.put("region", region);
                regionRun.handleRequest(unit, null);
            }
            assertGranted("KpiRegionRunHandler");
            Map<String, Object> finish = new HashMap<>(plan);
            finish.put("regions", measured);
            new KpiRunFinishHandler(config, stores, CLOCK).handleRequest(finish, null);
            assertGranted("KpiRunFinishHandler");
        }

        // deadline-check: the daily look at every escalation, on a day after Midden-Limburg's reports fell due
        // (the event without a time, as when started by hand: the clock's day).
        Clock afterDue = Clock.fixed(Instant.parse("2026-04-03T05:00:00Z"), ZoneOffset.UTC);
        Map<String, Object> checked = new ScheduledDeadlineCheckHandler(UseCases.dailyCheck(config, stores, afterDue), afterDue)
                .handleRequest(new ScheduledEvent(), null);
        assertThat(checked.get("raised")).asList().containsExactly("midden-limburg-2025-73730123");
        assertGranted("ScheduledDeadlineCheckHandler");

        // contract-manager-site: a contract manager of Midden-Limburg records the conversation on that escalation;
        // the region's escalation pages are rendered again (into a map standing in for the internal bucket).
        Map<String, byte[]> pages = new HashMap<>();
        ContractManagerSiteHandler site = new ContractManagerSiteHandler(config, stores, new RegionalInternalEdition.Target() {
            @Override
            public java.util.Optional<byte[]> read(String region, String sitePath) {
                return java.util.Optional.ofNullable(pages.get(region + "/" + sitePath));
            }

            @Override
            public void write(String region, String sitePath, byte[] bytes) {
                pages.put(region + "/" + sitePath, bytes);
            }
        }, Map::of, afterDue);
        APIGatewayV2HTTPEvent step = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        step.setRawPath("/intern/midden-limburg/acties/escalaties/midden-limburg-2025-73730123");
        step.getRequestContext().getHttp().setMethod("POST");
        step.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("cognito:groups", "[contractmanager-midden-limburg]",
                "name", "Anna de Vries"));
        step.setBody("actie=record-conversation");
        assertThat(site.handleRequest(step, null).getHeaders().get("Location")).contains("uitkomst=vastgelegd");
        assertThat(pages).containsKey("midden-limburg/intern/escalaties.html");
        assertGranted("ContractManagerSiteHandler");
        // report-duties: the upload page's list of the provider's required reports, about the run's year.
        APIGatewayV2HTTPEvent duties = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        duties.setRawPath("/report-duties");
        duties.getRequestContext().getHttp().setMethod("GET");
        duties.setQueryStringParameters(Map.of("year", "2025"));
        APIGatewayV2HTTPResponse owed = new ApiReportDutiesHandler(config, stores, afterDue).handleRequest(duties, null);
        assertThat(owed.getBody()).contains("productieverantwoording");
        assertGranted("ApiReportDutiesHandler");
    }

    private void assertGranted(String handler) {
        Map<String, Set<String>> granted = AccessContract.ACCESS.get(handler);
        Map<String, Set<String>> made = new TreeMap<>();
        CALLS.take().forEach((table, actions) -> {
            String variable = table.split("/")[0];
            made.put(template.tableNamedBy(variable) + table.substring(variable.length()), actions);
        });
        assertThat(made.isEmpty()).as(handler + " made DynamoDB calls").isEqualTo(granted.isEmpty());
        made.forEach((target, actions) -> assertThat(granted.getOrDefault(target, Set.of()))
                .as(handler + " calls on " + target).containsAll(actions));
    }
}
