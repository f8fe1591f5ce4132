package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the provider's upload page reads: GET /uploads (its own uploads, newest first) and GET /report-duties (its
 * own mandatory reports), fed the HTTP API events API Gateway sends after its JWT authorizer, on the in-memory fakes.
 */
class ApiUploadsListHandlerTest {
    private static final String OWN = "73730123";
    private static final String OTHER = "11112222";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private final InMemoryStores fakes = new InMemoryStores();
    private final S3Presigner presigner = S3Presigner.builder().region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret")))
            .build();
    private final ApiUploadsHandler uploads = new ApiUploadsHandler(fakes.uploads(), CONFIG.reportTypes(), presigner,
            "scorecards-incoming-dev", Clock.fixed(NOW, ZoneOffset.UTC), () -> "unused");
    private final ApiReportDutiesHandler duties = new ApiReportDutiesHandler(CONFIG, FakeStores.of(fakes),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void closePresigner() {
        presigner.close();
    }

    private static APIGatewayV2HTTPEvent get(String path, String agb) {
        APIGatewayV2HTTPEvent event = LambdaJson.event("api-get-upload.json", APIGatewayV2HTTPEvent.class);
        event.setRawPath(path);
        event.setRouteKey("GET " + path);
        event.setPathParameters(null);
        event.getRequestContext().getHttp().setPath(path);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("custom:agb", agb, "sub", "x"));
        return event;
    }

    private void upload(String id, String provider, String type, String period, Instant at, UploadStatus outcome,
                        List<ReportProblem> problems) {
        Upload pending = Upload.pending(id, provider, type, period, type + " " + period + ".csv", "text/csv",
                "incoming/" + provider + "/" + type + "/" + period + "/" + id + ".csv", at);
        fakes.uploads().create(pending);
        fakes.uploads().complete(pending.completed(outcome, problems, outcome == UploadStatus.ACCEPTED ? 12 : 0,
                "hash-" + id, at.plusSeconds(5), null));
    }

    @Test
    void theProviderSeesItsOwnUploadsNewestFirstAndNoOneElses() {
        upload("u-old", OWN, "cto", "2025", Instant.parse("2026-03-01T09:00:00Z"), UploadStatus.ACCEPTED, List.of());
        upload("u-new", OWN, "cto", "2025", Instant.parse("2026-03-02T09:00:00Z"), UploadStatus.REJECTED,
                List.of(new ReportProblem(3, "cijfer", "11", "Het cijfer moet tussen 1 en 10 liggen.", "out of range")));
        upload("u-other", OTHER, "cto", "2025", Instant.parse("2026-03-03T09:00:00Z"), UploadStatus.ACCEPTED, List.of());

        APIGatewayV2HTTPResponse own = uploads.handleRequest(get("/uploads", OWN), null);
        APIGatewayV2HTTPResponse none = uploads.handleRequest(get("/uploads", "99990000"), null);

        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(200);
        assertThat(own.getHeaders()).containsEntry("Cache-Control", "no-store");
        JsonNode listed = JSON.readTree(own.getBody()).path("uploads");
        assertThat(listed.findValuesAsString("uploadId")).containsExactly("u-new", "u-old");
        assertThat(listed.get(0).path("status").asString()).isEqualTo("rejected");
        assertThat(listed.get(0).path("errorCount").asInt()).isEqualTo(1);
        assertThat(listed.get(1).path("rowCount").asInt()).isEqualTo(12);
        assertThat(none.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(none.getBody()).path("uploads").size()).isZero();
    }

    @Test
    void anotherMethodOnTheListAnswers405NamingBoth() {
        APIGatewayV2HTTPEvent delete = get("/uploads", OWN);
        delete.getRequestContext().getHttp().setMethod("DELETE");

        APIGatewayV2HTTPResponse response = uploads.handleRequest(delete, null);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "GET, POST");
    }

    @Test
    void theProviderSeesTheStatusOfItsOwnMandatoryReportsOnly() {
        // Clients in care in Midden-Limburg in 2025: its production statement is due 2 March 2026 (1 March is a Sunday).
        fakes.kpiResults().replaceRegion(2025, "midden-limburg", List.of(new KpiResult(2025, "midden-limburg", OWN,
                "clients-in-care", null, 12.0, null, 12, 12, null, null, null, null)));
        upload("u-pv", OWN, "productieverantwoording", "2025", Instant.parse("2026-02-20T09:00:00Z"),
                UploadStatus.ACCEPTED, List.of());

        APIGatewayV2HTTPResponse own = duties.handleRequest(get("/report-duties", OWN), null);
        APIGatewayV2HTTPResponse other = duties.handleRequest(get("/report-duties", OTHER), null);

        assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(200);
        JsonNode rows = JSON.readTree(own.getBody()).path("duties");
        JsonNode statement = rows.findParents("reportType").stream()
                .filter(r -> r.path("reportType").asString().equals("productieverantwoording")).findFirst().orElseThrow();
        assertThat(statement.path("year").asInt()).isEqualTo(2025);
        assertThat(statement.path("regionName").asString()).isEqualTo("Midden-Limburg");
        assertThat(statement.path("state").asString()).isEqualTo("delivered");
        assertThat(statement.path("stateText").asString()).isEqualTo("geleverd");
        assertThat(statement.path("uploadId").asString()).isEqualTo("u-pv");
        assertThat(JSON.readTree(other.getBody()).path("duties").size()).isZero();
    }

    @Test
    void withoutTheAgbClaimTheDutiesAre401() {
        APIGatewayV2HTTPEvent anonymous = get("/report-duties", OWN);
        anonymous.getRequestContext().setAuthorizer(null);

        assertThat(duties.handleRequest(anonymous, null).getStatusCode()).isEqualTo(401);
    }
}
