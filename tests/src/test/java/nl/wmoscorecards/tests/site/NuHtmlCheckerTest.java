package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.wmoscorecards.site.Edition;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

/**
 * The Nu HTML Checker (the W3C validator's engine, {@code nu.validator:validator} from Maven Central, run in-process
 * with its schemas from the jar: nothing is downloaded at test time) over every page of both editions: zero errors.
 * Warnings and notes are not failures.
 */
@Tag("integration")
class NuHtmlCheckerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyPageIsValidHtml(Edition edition) throws IOException, SAXException {
        Path site = SiteFixtures.generate(folder, edition);
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        List<Path> pages = htmlPages(site);
        for (Path page : pages) {
            for (JsonNode message : JSON.readTree(validator.validate(page)).path("messages")) {
                if ("error".equals(message.path("type").asText()) || "fatal".equals(message.path("subType").asText())) {
                    errors.add(site.relativize(page) + ":" + message.path("lastLine").asText() + ": "
                            + message.path("message").asText() + " [" + message.path("extract").asText().strip() + "]");
                }
            }
        }
        assertThat(pages).as("pages of the %s edition", edition).hasSizeGreaterThan(20);
        assertThat(errors).as("Nu HTML Checker errors in the %s edition", edition).isEmpty();
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
