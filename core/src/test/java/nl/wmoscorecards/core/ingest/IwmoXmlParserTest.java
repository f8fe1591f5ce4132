package nl.wmoscorecards.core.ingest;

import static nl.wmoscorecards.core.ingest.IwmoFixtures.PSEUDONYMIZER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The valid fixtures become the right events, with no personal data but a pseudonym. */
class IwmoXmlParserTest {
    private static final String FIXTURE_BSN = "999900018";
    private static final String PROVIDER = "87654321";

    private final IwmoXmlParser parser = IwmoFixtures.parser();

    @Test
    void a301BecomesOneToewijzingPerProductWithItsOwnAllocationMoment() {
        ParsedEvents parsed = parse("wmo301-zaanstad.xml");

        assertThat(parsed.errors()).isEmpty();
        List<Toewijzing> events = parsed.events().stream().map(Toewijzing.class::cast).toList();
        assertThat(events).hasSize(2);

        Toewijzing current = events.get(0);
        assertThat(current.key()).isEqualTo(new AllocationKey("0479", "4790001"));
        assertThat(current.provider()).isEqualTo(PROVIDER);
        assertThat(current.productCategory()).isEqualTo("02");
        assertThat(current.productCode()).isEqualTo("02A01");
        assertThat(current.startDate()).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(current.endDate()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(current.changeReason()).isNull();
        assertThat(current.isDeletion()).isFalse();
        // 09:15 on 1 July is summer time in Amsterdam (UTC+2).
        assertThat(current.stamp().sentAt()).isEqualTo(Instant.parse("2025-07-01T07:15:00Z"));

        Toewijzing deleted = events.get(1);
        assertThat(deleted.key()).isEqualTo(new AllocationKey("0479", "4790002"));
        assertThat(deleted.startDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(deleted.endDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(deleted.changeReason()).isEqualTo("13");
        assertThat(deleted.isDeletion()).isTrue();
        // 10:00 on 15 January is winter time (UTC+1).
        assertThat(deleted.stamp().sentAt()).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));

        assertThat(events).allSatisfy(t -> {
            assertThat(t.stamp().messageId()).isEqualTo("ZS301-000042");
            assertThat(t.clientPseudonym()).isEqualTo(PSEUDONYMIZER.pseudonymOf(FIXTURE_BSN))
                    .isNotBlank().isNotEqualTo(FIXTURE_BSN);
        });
    }

    @Test
    void a305BecomesStartsAndRetractionsStampedWithTheDagtekeningInAmsterdam() {
        ParsedEvents parsed = parse("wmo305-zaanstad.xml");

        assertThat(parsed.errors()).isEmpty();
        List<StartZorg> events = parsed.events().stream().map(StartZorg.class::cast).toList();
        assertThat(events).extracting(StartZorg::key).containsExactly(
                new AllocationKey("0479", "4790001"), new AllocationKey("0479", "4790003"));
        assertThat(events).extracting(StartZorg::startDate)
                .containsExactly(LocalDate.of(2025, 7, 8), LocalDate.of(2025, 7, 1));
        assertThat(events).extracting(StartZorg::retraction).containsExactly(false, true);
        assertThat(events).allSatisfy(s -> {
            assertThat(s.provider()).isEqualTo(PROVIDER);
            assertThat(s.stamp().messageId()).isEqualTo("AGB305-7001");
            // Dagtekening 2025-07-10, midnight summer time.
            assertThat(s.stamp().sentAt()).isEqualTo(Instant.parse("2025-07-09T22:00:00Z"));
        });
    }

    @Test
    void a307BecomesAStopWithItsReason() {
        ParsedEvents parsed = parse("wmo307-zaanstad.xml");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.events()).singleElement().isInstanceOfSatisfying(StopZorg.class, s -> {
            assertThat(s.key()).isEqualTo(new AllocationKey("0479", "4790001"));
            assertThat(s.provider()).isEqualTo(PROVIDER);
            assertThat(s.endDate()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(s.reason()).isEqualTo("19");
            assertThat(s.retraction()).isFalse();
            assertThat(s.stamp().messageId()).isEqualTo("AGB307-7002");
            // Dagtekening 2025-12-03, midnight winter time.
            assertThat(s.stamp().sentAt()).isEqualTo(Instant.parse("2025-12-02T23:00:00Z"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"wmo301-zaanstad.xml", "wmo305-zaanstad.xml", "wmo307-zaanstad.xml"})
    void noPersonalDataReachesTheEvents(String fixture) {
        ParsedEvents parsed = parse(fixture);

        assertThat(parsed.events()).isNotEmpty();
        for (AllocationEvent event : parsed.events()) {
            // The fixtures' BSN, names, birth date, address, phone number and comments.
            assertThat(event.toString()).doesNotContain(FIXTURE_BSN, "Geheim", "1951-03-14", "Zaandam", "1500AA",
                    "0751234567");
        }
    }

    /** The official examples are read fully; their municipalities (0384, 0363) are simply not configured. */
    @ParameterizedTest
    @CsvSource({"wmo301, 1", "wmo305, 2", "wmo307, 2"})
    void theSharedExamplesParseUpToTheirUnconfiguredMunicipality(String message, int products) throws Exception {
        Path example = Path.of(System.getProperty("vendor.dir", "../vendor"), "iwmo-3.2", "examples",
                message + ".xml");
        ParsedEvents parsed;
        try (InputStream in = Files.newInputStream(example)) {
            parsed = parser.parse(example.getFileName().toString(), in);
        }

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).hasSize(products)
                .allSatisfy(e -> assertThat(e.field()).isEqualTo("municipality"));
    }

    @Test
    void toewijzingNummerIsAnIntegerSo0101Is101() throws Exception {
        String xml = IwmoFixtures.text("wmo305-zaanstad.xml").replace(">4790001<", ">04790001<")
                .replace(">4790003<", ">+4790003<");
        try (InputStream in = IwmoFixtures.stream(xml)) {
            IwmoSchemaConformanceTest.schema("wmo305").newValidator()
                    .validate(new javax.xml.transform.stream.StreamSource(in));
        }

        ParsedEvents parsed = parser.parse("test.xml", IwmoFixtures.stream(xml));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.events()).extracting(e -> e.key().allocationNumber()).containsExactly("4790001", "4790003");
    }

    @Test
    void aRepeatedParseGivesEqualEvents() {
        assertThat(parse("wmo301-zaanstad.xml")).isEqualTo(parse("wmo301-zaanstad.xml"));
    }

    private ParsedEvents parse(String fixture) {
        return parser.parse(fixture, IwmoFixtures.open(fixture));
    }
}
