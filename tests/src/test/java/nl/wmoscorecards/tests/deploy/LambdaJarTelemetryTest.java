package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the Lambda jar (the deployment artifact) writes to standard output, which CloudWatch reads: one JSON log
 * line per event with Powertools' Lambda fields, and CloudWatch metrics as EMF documents. Run in a JVM of its
 * own on the jar, since the logging back-end is chosen by what the jar holds.
 */
class LambdaJarTelemetryTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void logLinesCarryTheLambdaContextAndCountsBecomeEmfMetrics() throws Exception {
        Path jar = Template.HOME.resolve("functions/target/scorecards-lambda.jar");
        assertThat(jar).as("the Lambda jar (built in the package phase of functions)").isRegularFile();
        String classpath = jar + File.pathSeparator
                + Path.of(TelemetryProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, TelemetryProbe.class.getName());
        builder.environment().putAll(Map.of("AWS_LAMBDA_FUNCTION_NAME", "scorecards-test-upload-api",
                "POWERTOOLS_SERVICE_NAME", "scorecards", "POWERTOOLS_METRICS_NAMESPACE", "WmoScorecards",
                "AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"));
        Path err = Files.createTempFile("telemetry", ".err");
        Process process = builder.redirectError(err.toFile()).start();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line)); // every line is JSON
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(err)).as("nothing on standard error (no SLF4J or Log4j warnings)").isEmpty();

        JsonNode info = lines.stream().filter(l -> l.has("level") && l.get("level").asString().equals("INFO")).findFirst().orElseThrow();
        assertThat(info.get("message").asString()).isEqualTo("upload \"u-1\" issued");
        assertThat(info.get("function_name").asString()).isEqualTo("scorecards-test-upload-api");
        assertThat(info.get("function_request_id").asString()).isEqualTo("request-1");
        assertThat(info.get("cold_start").asBoolean()).isTrue();
        assertThat(info.get("service").asString()).isEqualTo("scorecards");
        assertThat(lines).as("DEBUG is below the default level, libraries log from WARN")
                .noneMatch(l -> l.has("level") && (l.get("level").asString().equals("DEBUG")
                        || l.get("message").asString().contains("library info")));

        JsonNode error = lines.stream().filter(l -> l.has("level") && l.get("level").asString().equals("ERROR")).findFirst().orElseThrow();
        assertThat(error.get("error").get("name").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(error.get("error").get("stack").asString()).contains("TelemetryProbe");

        JsonNode issued = lines.stream().filter(l -> l.has("UploadUrlsIssued")).findFirst().orElseThrow();
        JsonNode directive = issued.get("_aws").get("CloudWatchMetrics").get(0);
        assertThat(directive.get("Namespace").asString()).isEqualTo("WmoScorecards");
        assertThat(directive.get("Metrics").get(0).get("Name").asString()).isEqualTo("UploadUrlsIssued");
        assertThat(directive.get("Dimensions").get(0).get(0).asString()).isEqualTo("Service");
        assertThat(issued.get("UploadUrlsIssued").asDouble()).isEqualTo(2.0);
        assertThat(issued.get("Service").asString()).isEqualTo("scorecards");
        assertThat(lines).as("the cold start counted once").filteredOn(l -> l.has("ColdStart")).hasSize(1);
    }
}
