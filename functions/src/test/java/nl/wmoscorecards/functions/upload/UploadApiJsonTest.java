package nl.wmoscorecards.functions.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload API reads request bodies and writes answers without databind (cold start), exactly as databind's
 * readTree and writeValueAsString did before: databind is the reference here.
 */
class UploadApiJsonTest {
    private static final JsonMapper DATABIND = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"reportType\":\"cto\",\"period\":\"2025\",\"fileName\":\" cto.csv \",\"contentType\":\"text/csv\"}",
            "{\"reportType\":\"a\",\"reportType\":\"b\"}", "{\"reportType\":\"a\",\"reportType\":5}",
            "{\"reportType\":{\"x\":[1,{\"y\":2}]},\"period\":2025,\"fileName\":null,\"contentType\":true}",
            "  {\"reportType\":\"\\u00e9\\n\"}\n", "{}", "[]", "\"cto\"", "null", "42", "{} x", "{\"a\":1}{}",
            "{\"reportType\":\"a\",}", "{'reportType':'a'}", "{\"reportType\":\"a\"} // c", "{\"reportType\":", "{"})
    void aBodyReadsAsDatabindReadIt(String body) {
        assertThat(UploadApiJson.textFields(body).map(UploadApiJsonTest::fourFields)).isEqualTo(databind(body));
    }

    @Test
    void anAnswerIsWrittenAsDatabindWroteIt() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("row", 3);
        error.put("column", null);
        error.put("message", "Waarde \"é\" is geen getal\u0001 <script>\\</script>\u2028");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uploadId", "u-1");
        body.put("rowCount", 12L);
        body.put("duplicateOf", null);
        body.put("errors", List.of(error, Map.of()));
        body.put("headers", Map.of("If-None-Match", "*"));
        body.put("accepted", false);
        body.put("amount", new BigDecimal("12.50"));
        body.put("share", 0.25);

        assertThat(UploadApiJson.write(body)).isEqualTo(DATABIND.writeValueAsString(body));
        assertThat(UploadApiJson.write(List.of(body, "x"))).isEqualTo(DATABIND.writeValueAsString(List.of(body, "x")));
    }

    @Test
    void aValueWithoutAJsonFormIsRefusedRatherThanWrittenWrongly() {
        assertThatThrownBy(() -> UploadApiJson.write(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
    }

    /** What the request needs of a body: its four text fields, as databind's tree gave them (null if not text). */
    private static Map<String, String> fourFields(Map<String, String> fields) {
        Map<String, String> four = new LinkedHashMap<>();
        for (String name : List.of("reportType", "period", "fileName", "contentType")) {
            four.put(name, fields.get(name));
        }
        return four;
    }

    private static java.util.Optional<Map<String, String>> databind(String body) {
        JsonNode root;
        try {
            root = DATABIND.readTree(body);
        } catch (JacksonException e) {
            return java.util.Optional.empty();
        }
        if (root == null || !root.isObject()) {
            return java.util.Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : List.of("reportType", "period", "fileName", "contentType")) {
            JsonNode value = root.get(name);
            fields.put(name, value != null && value.isString() ? value.stringValue() : null);
        }
        return java.util.Optional.of(fields);
    }
}
