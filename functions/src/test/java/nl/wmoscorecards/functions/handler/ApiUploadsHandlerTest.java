package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.fixtures.InMemoryUploadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * upload-api fed the HTTP API (payload 2.0) events API Gateway sends after its JWT authorizer, against the
 * in-memory upload store; URLs are signed locally as in AWS (signing needs no call).
 */
class ApiUploadsHandlerTest {
    private static final String UPLOAD_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final String BUCKET = "scorecards-incoming-dev";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final InMemoryUploadStore uploads = new InMemoryUploadStore();
    private final S3Presigner presigner = S3Presigner.builder().region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret")))
            .build();
    private final ApiUploadsHandler handler = new ApiUploadsHandler(uploads, ConfigLoader.fromClasspath().reportTypes(),
            presigner, BUCKET, Clock.fixed(NOW, ZoneOffset.UTC), () -> UPLOAD_ID);

    @AfterEach
    void closePresigner() {
        presigner.close();
    }

    private static APIGatewayV2HTTPEvent event(String name) {
        return LambdaJson.event(name, APIGatewayV2HTTPEvent.class);
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) {
        return JSON.readTree(response.getBody());
    }

    @Test
    void aPostFromTheAuthorizedProviderGetsAUrlForItsOwnKey() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("api-post-upload.json"), null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        JsonNode body = body(response);
        assertThat(body.path("uploadId").asString()).isEqualTo(UPLOAD_ID);
        URI url = URI.create(body.path("url").asString());
        assertThat(url.getHost()).startsWith(BUCKET + ".");
        assertThat(url.getPath()).isEqualTo("/incoming/73730123/cto/2025/" + UPLOAD_ID + ".csv");
        assertThat(url.toString()).doesNotContain("definitief");
        assertThat(body.path("headers").path("Content-Type").asString()).isEqualTo("text/csv");
        Upload recorded = uploads.find(UPLOAD_ID).orElseThrow();
        assertThat(recorded.provider()).isEqualTo("73730123");
        assertThat(recorded.fileName()).isEqualTo("CTO 2025 (definitief).CSV");
        assertThat(recorded.createdAt()).isEqualTo(NOW);
    }

    @Test
    void withoutTheAgbClaimTheAnswerIs401AndNothingIsRecorded() {
        APIGatewayV2HTTPEvent noAuthorizer = event("api-post-upload.json");
        noAuthorizer.getRequestContext().setAuthorizer(null);
        APIGatewayV2HTTPEvent badClaim = event("api-post-upload.json");
        badClaim.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("custom:agb", "7373012X", "sub", "x"));

        for (APIGatewayV2HTTPEvent event : new APIGatewayV2HTTPEvent[] {noAuthorizer, badClaim}) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).isEqualTo(401);
            assertThat(body(response).path("error").asString()).contains("Niet aangemeld");
        }
        assertThat(uploads.find(UPLOAD_ID)).isEmpty();
    }

    @Test
    void anUnknownReportTypeIsRefusedInDutchNamingTheField() {
        APIGatewayV2HTTPEvent event = event("api-post-upload.json");
        event.setBody("{\"reportType\":\"onbekend\",\"period\":\"2025\",\"fileName\":\"x.csv\",\"contentType\":\"text/csv\"}");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody()).contains("reportType");
        assertThat(body(response).path("error").asString()).isNotBlank().doesNotContain("Exception");
        assertThat(uploads.find(UPLOAD_ID)).isEmpty();
    }

    @Test
    void theStatusRouteAnswersTheOwnerOnly() {
        handler.handleRequest(event("api-post-upload.json"), null);
        APIGatewayV2HTTPEvent get = event("api-get-upload.json");

        APIGatewayV2HTTPResponse owner = handler.handleRequest(get, null);
        get.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("custom:agb", "11112222"));
        APIGatewayV2HTTPResponse other = handler.handleRequest(get, null);

        assertThat(owner.getStatusCode()).isEqualTo(200);
        assertThat(body(owner).path("status").asString()).isEqualTo("pending");
        assertThat(body(owner).path("createdAt").asString()).isEqualTo(NOW.toString());
        assertThat(body(owner).path("completedAt").isNull()).isTrue();
        assertThat(other.getStatusCode()).isEqualTo(404);
        assertThat(body(other).path("error").asString()).isEqualTo("Deze upload bestaat niet of is niet van uw organisatie.");
    }

    @Test
    void anotherMethodOrPathIsAnsweredInDutchWithTheMethodThatIsAllowed() {
        APIGatewayV2HTTPEvent delete = event("api-get-upload.json");
        delete.getRequestContext().getHttp().setMethod("DELETE");
        APIGatewayV2HTTPEvent elsewhere = event("api-get-upload.json");
        elsewhere.setRawPath("/admin");

        APIGatewayV2HTTPResponse notAllowed = handler.handleRequest(delete, null);
        APIGatewayV2HTTPResponse missing = handler.handleRequest(elsewhere, null);

        assertThat(notAllowed.getStatusCode()).isEqualTo(405);
        assertThat(notAllowed.getHeaders()).containsEntry("Allow", "GET");
        assertThat(body(notAllowed).path("error").asString()).contains("niet toegestaan");
        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(body(missing).path("error").asString()).contains("bestaat niet");
    }
}
