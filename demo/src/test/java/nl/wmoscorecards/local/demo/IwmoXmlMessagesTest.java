package nl.wmoscorecards.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.privacy.Bsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** Every generated iWmo message is real iWmo 3.2: it validates against the published XSDs. */
class IwmoXmlMessagesTest {
    private static final Pattern BSN_ELEMENT = Pattern.compile("<wmo30[157]:Bsn>(\\d{9})</wmo30[157]:Bsn>");

    @TempDir
    static Path out;
    static Map<String, String> messages = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        DemoData data = new DemoDataGenerator(ConfigLoader.fromClasspath(), DemoDataGeneratorTest.YEAR, 42L).generate(out);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out.resolve("iwmo-berichten.zip")))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                messages.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(data.eventFiles()).contains(out.resolve("iwmo-berichten.zip"));
    }

    @Test
    void thereAreAHandfulOfEachMessage() {
        Map<String, Integer> perType = new TreeMap<>();
        messages.keySet().forEach(name -> perType.merge(name.substring(0, 6), 1, Integer::sum));
        assertThat(perType).containsOnlyKeys("wmo301", "wmo305", "wmo307");
        assertThat(perType.values()).allMatch(n -> n >= 1 && n <= 10);
    }

    @Test
    void everyMessageValidatesAgainstTheIwmoSchemas() throws SAXException, IOException {
        Path xsd = Path.of(System.getProperty("vendor.dir", "../vendor"), "iwmo-3.2", "xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Map<String, Schema> schemas = new TreeMap<>();
        for (String type : new String[] {"wmo301", "wmo305", "wmo307"}) {
            schemas.put(type, factory.newSchema(xsd.resolve(type + ".xsd").toFile()));
        }
        for (Map.Entry<String, String> message : messages.entrySet()) {
            Schema schema = schemas.get(message.getKey().substring(0, 6));
            try (InputStream in = new ByteArrayInputStream(message.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                schema.newValidator().validate(new StreamSource(in));
            } catch (SAXException e) {
                throw new AssertionError(message.getKey() + " is not valid iWmo 3.2: " + e.getMessage() + "\n" + message.getValue(), e);
            }
        }
    }

    @Test
    void bsnsAreValidAndOnlyInTheBsnElement() {
        for (String xml : messages.values()) {
            Matcher m = BSN_ELEMENT.matcher(xml);
            assertThat(m.find()).isTrue();
            String bsn = m.group(1);
            assertThat(Bsn.isValid(bsn)).isTrue();
            assertThat(DemoDataGeneratorTest.nineDigitRuns(m.replaceAll(""))).doesNotContain(bsn);
        }
    }
}
