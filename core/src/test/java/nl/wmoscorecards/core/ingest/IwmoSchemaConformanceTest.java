package nl.wmoscorecards.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves that the fixtures (and the reference examples) are real iWmo 3.2 by validating them against the
 * official XSDs vendored in vendor/iwmo-3.2 (see NOTICE).
 */
class IwmoSchemaConformanceTest {
    private static final Path XSD_DIR =
            Path.of(System.getProperty("vendor.dir", "../vendor"), "iwmo-3.2", "xsd");
    private static final Path EXAMPLE_DIR =
            Path.of(System.getProperty("vendor.dir", "../vendor"), "iwmo-3.2", "examples");

    @ParameterizedTest(name = "fixture {1} is valid {0}")
    @CsvSource({
            "wmo301, wmo301-zaanstad.xml",
            "wmo305, wmo305-zaanstad.xml",
            "wmo307, wmo307-zaanstad.xml",
    })
    void everyValidFixtureConformsToTheSchema(String message, String fixture) throws Exception {
        Schema schema = schema(message);
        try (InputStream in = IwmoFixtures.open(fixture)) {
            assertThatCode(() -> schema.newValidator().validate(new StreamSource(in, fixture)))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "iWmo example {0}.xml is valid")
    @CsvSource({"wmo301", "wmo305", "wmo307"})
    void theSharedExamplesConformToTheSchema(String message) throws Exception {
        Path example = EXAMPLE_DIR.resolve(message + ".xml");
        assertThat(example).exists();
        Schema schema = schema(message);
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(example.toFile())))
                .doesNotThrowAnyException();
    }

    static Schema schema(String message) throws Exception {
        Path xsd = XSD_DIR.resolve(message + ".xsd");
        assertThat(xsd).as("iWmo XSD (vendor/, see NOTICE)").exists();
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        // The schema imports basisschema.xsd beside it; nothing else may be fetched.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(xsd.toFile());
    }
}
