package nl.wmoscorecards.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.core.report.ReportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * report-types.yaml is read without databind (the upload API's cold start) but to the same report types, field
 * for field, as the databind binding it replaced, and as strictly.
 */
class ReportTypesYamlTest {
    /** The binding ConfigLoader used for report-types.yaml before: the reference for "the same report types". */
    private static final ObjectMapper DATABIND = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record ReportTypesFile(List<ReportType> reportTypes) {
    }

    @Test
    void theShippedReportTypesReadAsDatabindReadThem() throws IOException {
        List<ReportType> types = read(shipped());

        assertThat(types).hasSize(17).isEqualTo(DATABIND.readValue(shipped(), ReportTypesFile.class).reportTypes());
        assertThat(ConfigLoader.fromClasspath().reportTypes().types()).isEqualTo(types);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // unquoted values that look like numbers or booleans stay the text as written in a text field
            "reportTypes:\n  - id: 01\n    name: yes\n    description: 2.50\n    columns:\n"
                    + "      - {key: a, header: b, type: CHOICE, required: true, allowedValues: [01, 2, ja, true]}\n",
            // numbers as numbers, quoted or not; folded text; a document without columns; nulls
            "reportTypes:\n  - id: x\n    description: >-\n      two\n      lines\n    frequency: YEARLY\n"
                    + "    mandatory: false\n    document: true\n  - id: y\n    name: ~\n    columns:\n"
                    + "      - {key: n, type: DECIMAL, min: 0, max: \"10.50\", maxLength: 5, maxDecimals: '1'}\n"
                    + "      - {key: m, type: INTEGER, min: -3, max: 1e3, description: null}\n"})
    void edgeCasesReadAsDatabindReadThem(String yaml) {
        assertThat(read(yaml)).isEqualTo(DATABIND.readValue(yaml, ReportTypesFile.class).reportTypes());
    }

    @Test
    void anUnknownKeyIsRefusedWithItsLine() {
        String yaml = "reportTypes:\n  - id: cto\n    columns:\n      - key: grade\n        maximum: 10\n";

        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'maximum' in a column").hasMessageContaining("(line 5)");
    }

    @Test
    void anUnknownEnumNameOrAWrongKindOfValueIsRefused() {
        assertThatThrownBy(() -> read("reportTypes:\n  - id: cto\n    frequency: MONTHLY\n"))
                .hasMessageContaining("'frequency' must be one of [YEARLY, BIENNIAL, PER_CONVERSATION, ON_REQUEST]");
        assertThatThrownBy(() -> read("reportTypes:\n  - id: cto\n    mandatory: misschien\n"))
                .hasMessageContaining("'mandatory' must be true or false");
        assertThatThrownBy(() -> read("reportTypes:\n  - id: [cto]\n"))
                .hasMessageContaining("'id' must be a single value");
        assertThatThrownBy(() -> read("reportTypes:\n  - id: cto\n    columns:\n      - {key: a, maxLength: vijf}\n"))
                .hasMessageContaining("'maxLength' must be a whole number");
    }

    @Test
    void aRepeatedKeyIsRefusedRatherThanOneValueWinningSilently() {
        assertThatThrownBy(() -> read("reportTypes:\n  - id: cto\n    id: mto\n"))
                .hasMessageContaining("key 'id' appears twice in a report type");
    }

    @Test
    void anInvalidFileFailsNamingIt(@TempDir Path folder) throws IOException {
        Path config = Path.of(ConfigLoader.class.getResource("/config/regions.yaml").getPath()).getParent();
        try (Stream<Path> files = Files.walk(config)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = folder.resolve(config.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Path types = folder.resolve("report-types.yaml");
        Files.writeString(types, Files.readString(types).replaceFirst("frequency: BIENNIAL", "frequentie: BIENNIAL"));

        assertThatThrownBy(() -> ConfigLoader.fromFolder(folder)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("config/report-types.yaml is invalid: unknown key 'frequentie' in a report type");
    }

    private static List<ReportType> read(String yaml) {
        return ReportTypesYaml.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ReportType> read(InputStream in) {
        return ReportTypesYaml.read(in);
    }

    private static InputStream shipped() {
        return ConfigLoader.class.getResourceAsStream("/config/report-types.yaml");
    }
}
