package nl.wmoscorecards.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmoscorecards.core.allocation.StartZorg;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile, broken and invalid messages give errors, never exceptions, hangs or leaked personal data. */
class IwmoXmlRefusalTest {
    private static final Duration NO_HANG = Duration.ofSeconds(5);
    private static final String FIXTURE_BSN = "999900018";
    /** A valid test BSN with its last digit off by one: fails the elfproef. */
    private static final String BAD_BSN = "999900019";

    private final IwmoXmlParser parser = IwmoFixtures.parser();

    @Test
    void anXxeEntityPointingAtALocalFileIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");

        assertRefusedUnread("wmo301-zaanstad.xml",
                "<!DOCTYPE wmo301:Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "ZS301-000042", "&xxe;");
    }

    @Test
    void anExternalParameterEntityIsRefused(@TempDir Path dir) throws Exception {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"TOP-SECRET-CONTENT\">");

        assertRefusedUnread("wmo305-zaanstad.xml",
                "<!DOCTYPE wmo305:Bericht [<!ENTITY % ext SYSTEM \"" + dtd.toUri() + "\"> %ext;]>",
                "AGB305-7001", "&leak;");
    }

    /**
     * The fixture with this DOCTYPE and {@code id} replaced by an entity reference is refused for its DOCTYPE, in
     * time, and no error shows what the entity would have read.
     */
    private void assertRefusedUnread(String fixture, String doctype, String id, String entityReference) {
        String xml = withDoctype(fixture, doctype).replace(id, entityReference);

        ParsedEvents parsed = assertTimeoutPreemptively(NO_HANG, () -> parse(xml));

        assertRefusedForItsDoctype(parsed);
        assertThat(parsed.errors().get(0).describe()).doesNotContain("TOP-SECRET");
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingFetched() {
        // Port 9 (discard) on localhost: a fetch would fail or hang; a refusal must come first.
        String xml = withDoctype("wmo307-zaanstad.xml",
                "<!DOCTYPE wmo307:Bericht SYSTEM \"http://127.0.0.1:9/iwmo.dtd\">");

        ParsedEvents parsed = assertTimeoutPreemptively(NO_HANG, () -> parse(xml));

        assertRefusedForItsDoctype(parsed);
    }

    @Test
    void aBillionLaughsExpansionIsRefusedWithoutHanging() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE wmo301:Bericht [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        dtd.append("]>");

        assertRefusedUnread("wmo301-zaanstad.xml", dtd.toString(), "ZS301-000042", "&lol10;");
    }

    @Test
    void aPlainDoctypeIsRefusedToo() {
        assertRefusedForItsDoctype(parse(withDoctype("wmo307-zaanstad.xml", "<!DOCTYPE wmo307:Bericht>")));
    }

    @Test
    void anOlderIwmoNamespaceIsRefused() {
        String xml = fixture("wmo301-zaanstad.xml").replace("iwmo/3_2/wmo301/schema", "iwmo/3_1/wmo301/schema");

        ParsedEvents parsed = parse(xml);

        assertRefusedAsAWhole(parsed);
        assertThat(parsed.errors().get(0).value()).contains("3_1/wmo301");
    }

    @Test
    void aRootOtherThanBerichtIsRefused() {
        assertRefusedAsAWhole(parse(fixture("wmo305-zaanstad.xml").replace("wmo305:Bericht", "wmo305:Header")));
    }

    @Test
    void aBerichtCodeOfAnotherMessageIsRefused() {
        String xml = fixture("wmo305-zaanstad.xml").replace(">418<", ">420<");

        ParsedEvents parsed = parse(xml);

        assertRefusedAsAWhole(parsed);
        IngestError error = parsed.errors().get(0);
        assertThat(error.field()).isEqualTo("type");
        assertThat(error.value()).isEqualTo("420");
        assertThat(error.location()).isEqualTo("message AGB305-7001");
    }

    @Test
    void anInvalidBsnIn301IsReportedMaskedForEveryProduct() {
        ParsedEvents parsed = parse(fixture("wmo301-zaanstad.xml").replace(FIXTURE_BSN, BAD_BSN));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).hasSize(2).allSatisfy(e -> {
            assertThat(e.field()).isEqualTo("bsn");
            assertThat(e.value()).isEqualTo("*******19");
            assertThat(e.location()).isEqualTo("message ZS301-000042");
        });
        assertNoErrorShows(parsed, BAD_BSN);
    }

    @Test
    void anInvalidBsnIn305RefusesTheMessageWithTheBsnMasked() {
        ParsedEvents parsed = parse(fixture("wmo305-zaanstad.xml").replace(FIXTURE_BSN, BAD_BSN));

        assertRefusedAsAWhole(parsed);
        assertThat(parsed.errors().get(0).field()).isEqualTo("bsn");
        assertThat(parsed.errors().get(0).value()).isEqualTo("*******19");
        assertNoErrorShows(parsed, BAD_BSN);
    }

    @Test
    void aRepeatedBsnIsRefusedWithoutShowingEither() {
        String xml = fixture("wmo307-zaanstad.xml").replace("<wmo307:Bsn>" + FIXTURE_BSN + "</wmo307:Bsn>",
                "<wmo307:Bsn>" + FIXTURE_BSN + "</wmo307:Bsn><wmo307:Bsn>999900031</wmo307:Bsn>");

        ParsedEvents parsed = parse(xml);

        assertRefusedAsAWhole(parsed);
        assertNoErrorShows(parsed, FIXTURE_BSN);
        assertNoErrorShows(parsed, "999900031");
    }

    @Test
    void statusAanlevering2IsNotAllowedButTheOtherProductsStillCount() {
        String xml = fixture("wmo305-zaanstad.xml").replaceFirst(
                "<wmo305:StatusAanlevering>1<", "<wmo305:StatusAanlevering>2<");

        ParsedEvents parsed = parse(xml);

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("status");
            assertThat(e.value()).isEqualTo("2");
        });
        assertThat(parsed.events()).singleElement().isInstanceOfSatisfying(StartZorg.class,
                s -> assertThat(s.retraction()).isTrue());
    }

    @Test
    void aMunicipalityOutsideTheConfiguredRegionsIsRefused() {
        // 0363 Amsterdam is in no configured region.
        ParsedEvents parsed = parse(fixture("wmo307-zaanstad.xml").replace(">0479<", ">0363<"));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("municipality");
            assertThat(e.value()).isEqualTo("0363");
        });
    }

    @Test
    void aTruncatedMessageIsAnErrorNotAnException() {
        String xml = fixture("wmo301-zaanstad.xml");

        ParsedEvents parsed = parse(xml.substring(0, xml.length() / 2));

        assertRefusedAsAWhole(parsed);
        assertThat(parsed.errors().get(0).rule()).contains("not well-formed").contains("line");
    }

    @Test
    @Tag("slow")
    void everyCutBeforeTheLastTagIsRefusedCleanly() {
        String xml = fixture("wmo305-zaanstad.xml");
        int lastTag = xml.lastIndexOf('>');
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int cut = 0; cut < lastTag; cut += 7) {
                String truncated = xml.substring(0, cut);
                assertThatCode(() -> assertRefusedAsAWhole(parse(truncated)))
                        .as("cut at %d", cut).doesNotThrowAnyException();
            }
        });
    }

    @Test
    void contentAfterTheRootIsRefused() {
        assertRefusedAsAWhole(parse(fixture("wmo307-zaanstad.xml") + "<wmo307:Bericht/>"));
    }

    @Test
    void aMissingMessageIdNamesTheFileInTheLocation() {
        ParsedEvents parsed = parse(fixture("wmo307-zaanstad.xml")
                .replace("<iwmo:Identificatie>AGB307-7002</iwmo:Identificatie>", ""));

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("messageId");
            assertThat(e.location()).isEqualTo("message test.xml");
        });
    }

    private static final Map<String, String> FIXTURE_MESSAGE_IDS =
            Map.of("wmo301", "ZS301-000042", "wmo305", "AGB305-7001", "wmo307", "AGB307-7002");

    /** Each case: a change that breaks the iWmo 3.2 schema in one product, and the one error it must give. */
    static Stream<Arguments> schemaBreakingChanges() {
        return Stream.of(
                Arguments.of("a ToewijzingNummer that is no integer refuses the whole message, not just its product",
                        "wmo305", ">4790003<", ">479000A<", "allocationNumber", "479000A",
                        List.of("StartProduct 2", "ToewijzingNummer", "LDT_Nummer", "whole message is refused")),
                Arguments.of("an impossible date in one product refuses the whole message",
                        "wmo301", "<wmo301:Ingangsdatum>2025-02-01<", "<wmo301:Ingangsdatum>2025-02-30<",
                        "startDate", "2025-02-30", List.of("ToegewezenProduct 2", "Ingangsdatum")),
                Arguments.of("a missing StatusAanlevering refuses the whole message rather than reading a retraction"
                                + " as a start", "wmo305", "<wmo305:StatusAanlevering>3</wmo305:StatusAanlevering>", "",
                        "status", null, List.of("StartProduct 2", "StatusAanlevering is required")),
                Arguments.of("a stop reason outside iWmo 3.2 refuses the whole message",
                        "wmo307", "<wmo307:RedenBeeindiging>19<", "<wmo307:RedenBeeindiging>34<",
                        "reason", "34", List.of("LDT_RedenBeeindiging")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaBreakingChanges")
    void aSchemaBreakingChangeRefusesTheWholeMessage(String rule, String message, String from, String to,
                                                     String field, String value, List<String> ruleParts)
            throws Exception {
        String xml = fixture(message + "-zaanstad.xml").replace(from, to);
        assertSchemaInvalid(message, xml);

        ParsedEvents parsed = parse(xml);

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("message " + FIXTURE_MESSAGE_IDS.get(message));
            assertThat(e.field()).isEqualTo(field);
            if (value != null) {
                assertThat(e.value()).isEqualTo(value);
            }
            assertThat(e.rule()).contains(ruleParts);
        });
    }

    @Test
    void aSchemaViolationNeverShowsTheBsn() throws Exception {
        String xml = fixture("wmo305-zaanstad.xml").replace(">87654321<", ">" + FIXTURE_BSN + "<");
        assertSchemaInvalid("wmo305", xml);

        ParsedEvents parsed = parse(xml);

        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("provider"));
        assertNoErrorShows(parsed, FIXTURE_BSN);
    }

    private static void assertSchemaInvalid(String message, String xml) throws Exception {
        javax.xml.validation.Schema schema = IwmoSchemaConformanceTest.schema(message);
        assertThatCode(() -> schema.newValidator().validate(
                new javax.xml.transform.stream.StreamSource(IwmoFixtures.stream(xml))))
                .as("the changed message breaks the iWmo 3.2 schema").isInstanceOf(org.xml.sax.SAXException.class);
    }

    private ParsedEvents parse(String xml) {
        return parser.parse("test.xml", IwmoFixtures.stream(xml));
    }

    private static String fixture(String name) {
        return IwmoFixtures.text(name);
    }

    /** The fixture with a DOCTYPE placed after its XML declaration. */
    private static String withDoctype(String fixture, String doctype) {
        String xml = fixture(fixture);
        int afterDeclaration = xml.indexOf("?>") + 2;
        return xml.substring(0, afterDeclaration) + "\n" + doctype + xml.substring(afterDeclaration);
    }

    private static void assertRefusedForItsDoctype(ParsedEvents parsed) {
        assertRefusedAsAWhole(parsed);
        assertThat(parsed.errors().get(0).rule()).contains("DOCTYPE");
    }

    private static void assertRefusedAsAWhole(ParsedEvents parsed) {
        assertThat(parsed.events()).isEmpty();
        assertThat(parsed.errors()).hasSize(1);
    }

    private static void assertNoErrorShows(ParsedEvents parsed, String bsn) {
        for (IngestError e : parsed.errors()) {
            assertThat(Stream.of(e.file(), e.location(), e.field(), e.value(), e.rule(), e.describe()))
                    .allSatisfy(text -> assertThat(String.valueOf(text)).doesNotContain(bsn));
        }
    }
}
