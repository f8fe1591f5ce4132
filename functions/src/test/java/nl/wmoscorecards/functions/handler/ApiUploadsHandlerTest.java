package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The upload handler fed with the HTTP API (payload 2.0) event API Gateway sends after its JWT authorizer. */
@Tag("integration")
class ApiUploadsHandlerEventTest {
    private static final String UPLOAD_ID = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    @TempDir
    Path work;
    private LocalRuntime runtime;
    private ApiUploadsHandler handler;

    @BeforeEach
    void start() throws IOException {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes(StandardCharsets.US_ASCII));
        handler = new ApiUploadsHandler(runtime.uploadStore(), runtime.config().reportTypes(), runtime.s3().presigner(),
                runtime.s3().bucket(), Clock.fixed(NOW, ZoneOffset.UTC), () -> UPLOAD_ID);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) {
        return UploadApiClient.JSON.readTree(response.getBody());
    }

    @Test
    void aPostFromTheAuthorizedProviderGetsAUrlForItsOwnKey() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        JsonNode body = body(response);
        assertThat(body.path("uploadId").asString()).isEqualTo(UPLOAD_ID);
        String key = "incoming/73730123/cto/2025/" + UPLOAD_ID + ".csv";
        assertThat(URI.create(body.path("url").asString()).getPath()).isEqualTo("/" + runtime.s3().bucket() + "/" + key);
        assertThat(body.path("url").asString()).doesNotContain("definitief");
        assertThat(body.path("headers").path("Content-Type").asString()).isEqualTo("text/csv");
        Upload recorded = runtime.uploadStore().find(UPLOAD_ID).orElseThrow();
        assertThat(recorded.provider()).isEqualTo("73730123");
        assertThat(recorded.fileName()).isEqualTo("CTO 2025 (definitief).CSV");
        assertThat(recorded.createdAt()).isEqualTo(NOW);
    }

    @Test
    void withoutTheAgbClaimTheAnswerIs401AndNothingIsRecorded() {
        APIGatewayV2HTTPEvent noAuthorizer = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        noAuthorizer.getRequestContext().setAuthorizer(null);
        APIGatewayV2HTTPEvent badClaim = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        badClaim.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("custom:agb", "7373012X", "sub", "x"));

        for (APIGatewayV2HTTPEvent event : new APIGatewayV2HTTPEvent[] {noAuthorizer, badClaim}) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            assertThat(response.getStatusCode()).isEqualTo(401);
            assertThat(body(response).path("error").asString()).contains("Niet aangemeld");
        }
        assertThat(runtime.uploadStore().find(UPLOAD_ID)).isEmpty();
    }

    @Test
    void theStatusRouteAnswersTheOwnerOnly() {
        handler.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json"), null);
        APIGatewayV2HTTPEvent get = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        get.setRouteKey("GET /uploads/{uploadId}");
        get.setRawPath("/uploads/" + UPLOAD_ID);
        get.setPathParameters(Map.of("uploadId", UPLOAD_ID));
        get.setBody(null);
        get.getRequestContext().getHttp().setMethod("GET");

        APIGatewayV2HTTPResponse owner = handler.handleRequest(get, null);
        get.getRequestContext().getAuthorizer().getJwt().setClaims(Map.of("custom:agb", "11112222"));
        APIGatewayV2HTTPResponse other = handler.handleRequest(get, null);

        assertThat(owner.getStatusCode()).isEqualTo(200);
        assertThat(body(owner).path("status").asString()).isEqualTo("pending");
        assertThat(body(owner).path("createdAt").asString()).isEqualTo(NOW.toString());
        assertThat(body(owner).path("completedAt").isNull()).isTrue();
        assertThat(other.getStatusCode()).isEqualTo(404);
    }
}
