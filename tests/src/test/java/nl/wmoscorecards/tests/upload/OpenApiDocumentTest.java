package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docs/openapi.yaml describes the routes and answers the handler has. */
class OpenApiDocumentTest {

    @Test
    void theDocumentDescribesBothRoutesAndTheirErrors() {
        Path home = Path.of(System.getProperty("scorecards.home", ".."));
        JsonNode api = YAMLMapper.builder().build().readTree(home.resolve("docs/openapi.yaml").toFile());

        assertThat(api.path("openapi").asString()).startsWith("3.0");
        JsonNode post = api.path("paths").path("/uploads").path("post");
        JsonNode get = api.path("paths").path("/uploads/{uploadId}").path("get");
        assertThat(post.path("responses").propertyNames()).contains("201", "400", "401");
        assertThat(get.path("responses").propertyNames()).contains("200", "401", "404");
        assertThat(api.path("components").path("schemas").path("UploadRequest").path("required").toString())
                .contains("reportType", "period", "fileName", "contentType");
        assertThat(api.path("components").path("securitySchemes").path("providerToken").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void theDocumentDescribesWhatTheUploadPageReads() {
        JsonNode api = YAMLMapper.builder().build().readTree(Path.of(System.getProperty("scorecards.home", ".."))
                .resolve("docs/openapi.yaml").toFile());

        JsonNode list = api.path("paths").path("/uploads").path("get");
        JsonNode duties = api.path("paths").path("/report-duties").path("get");
        assertThat(list.path("responses").propertyNames()).contains("200", "401");
        assertThat(duties.path("responses").propertyNames()).contains("200", "400", "401");
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("UploadSummary").path("required").toString()).contains("errorCount", "status");
        assertThat(schemas.path("ReportDuty").path("properties").path("state").path("enum").toString())
                .contains("delivered", "late", "missing", "open");
    }
}
