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
}
