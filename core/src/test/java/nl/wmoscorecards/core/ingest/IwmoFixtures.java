package nl.wmoscorecards.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.privacy.Pseudonymizer;

/** Test fixtures under src/test/resources/iwmo/ and a parser wired to the shipped config. */
final class IwmoFixtures {
    static final Pseudonymizer PSEUDONYMIZER =
            new Pseudonymizer("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private IwmoFixtures() {
    }

    static IwmoXmlParser parser() {
        return new IwmoXmlParser(new EventFields(ConfigLoader.fromClasspath().regions(), PSEUDONYMIZER, false));
    }

    static InputStream open(String fixture) {
        InputStream in = IwmoFixtures.class.getResourceAsStream("/iwmo/" + fixture);
        if (in == null) {
            throw new IllegalArgumentException("no fixture " + fixture);
        }
        return in;
    }

    static String text(String fixture) {
        try (InputStream in = open(fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
