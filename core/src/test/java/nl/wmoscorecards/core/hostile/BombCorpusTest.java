package nl.wmoscorecards.core.hostile;

import static nl.wmoscorecards.core.hostile.ZipBombs.Entry.of;
import static nl.wmoscorecards.core.hostile.ZipBombs.Entry.zeros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportFileReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bombs are called bombs: archives that inflate far beyond any real delivery, and XML messages with a huge
 * attribute or text, are refused by size, quickly, with a message that says so, and nothing is stored, also
 * not the valid messages packed beside the bomb.
 */
@Tag("hostile")
@Tag("slow")
class BombCorpusTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    static final String HEADER = "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,productCategory,startDate";
    static final String GOOD_301 = "301,M1,2025-01-01T00:00:00Z,0479,12345678,A1,999900006,02,2025-01-02";
    static final String ROOT = "<wmo301:Bericht xmlns:wmo301=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\">";
    private static final String GOOD_CSV = HEADER + "\n" + GOOD_301 + "\n";

    static Stream<Arguments> archives() throws IOException {
        return Stream.of(
                Arguments.of("entry-10gib.zip", ZipBombs.zip(zeros("m.xml", 10 * 1024)), "archive entry unpacks to more than 256 MiB"),
                Arguments.of("twenty-250mb.zip", ZipBombs.zip(IntStream.range(0, 20)
                        .mapToObj(i -> zeros("part-" + i + ".csv", 250)).toArray(ZipBombs.Entry[]::new)),
                        "archive unpacks to more than 1 GiB"),
                Arguments.of("good-then-bomb.zip", ZipBombs.zip(of("a-good.csv", GOOD_CSV), zeros("b-bomb.jsonl", 2048)),
                        "archive entry unpacks to more than 256 MiB"),
                Arguments.of("good-then-six-200mb.zip", ZipBombs.zip(of("a-good.csv", GOOD_CSV), zeros("b.xml", 200),
                        zeros("c.xml", 200), zeros("d.xml", 200), zeros("e.xml", 200), zeros("f.xml", 200), zeros("g.xml", 200)),
                        "archive unpacks to more than 1 GiB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("archives")
    void anArchiveThatInflatesTooFarIsRefusedAsABombAndStoresNothing(String name, byte[] archive, String rule) {
        RecordingStore store = new RecordingStore();
        AllocationIngest ingest = new AllocationIngest(store, CONFIG.regions(), new Pseudonymizer(new byte[32]));

        long started = System.nanoTime();
        IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ingest.ingest(name, new ByteArrayInputStream(archive)));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(report.errors()).as(name).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(name);
            assertThat(e.location()).isEqualTo("archive");
            assertThat(e.rule()).contains(rule).contains("te groot uitgepakt").contains("zip bomb").contains("nothing of it was stored");
        });
        assertThat(report.accepted()).isZero();
        assertThat(store.written).as("events written for " + name).isEmpty();
        System.out.printf("%s (%,d bytes): refused in %d ms: %s%n", name, archive.length, millis, report.errors().get(0).rule());
    }

    @Test
    void aBombInAFolderIsRefusedAndTheFilesBesideItAreStillIngested(@TempDir Path folder) throws IOException {
        Files.write(folder.resolve("a-bomb.zip"), ZipBombs.zip(zeros("m.xml", 4 * 1024)));
        Files.writeString(folder.resolve("b-good.csv"), GOOD_CSV);
        RecordingStore store = new RecordingStore();

        IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new AllocationIngest(store,
                CONFIG.regions(), new Pseudonymizer(new byte[32])).ingestPaths(List.of(folder)));

        assertThat(report.errors()).singleElement().satisfies(e -> assertThat(e.rule()).contains("zip bomb"));
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(store.written).hasSize(1);
    }

    static Stream<Arguments> hugeXml() {
        return Stream.of(
                Arguments.of("attribute-500mb.xml", (java.util.function.Supplier<InputStream>) () -> ZipBombs.repeated(
                        ROOT + "<wmo301:Header a=\"", (byte) 'a', 500L * 1024 * 1024, "\"/></wmo301:Bericht>"),
                        "attribute value or text is longer than 64 KiB"),
                Arguments.of("text-200mb.xml", (java.util.function.Supplier<InputStream>) () -> ZipBombs.repeated(
                        ROOT + "<wmo301:Commentaar>", (byte) 'x', 200L * 1024 * 1024, "</wmo301:Commentaar></wmo301:Bericht>"),
                        "attribute value or text is longer than 64 KiB"),
                Arguments.of("many-elements-100mb.xml", (java.util.function.Supplier<InputStream>) () -> ZipBombs.repeated(
                        ROOT + "<wmo301:Skip>", (byte) '>', 100L * 1024 * 1024, "</wmo301:Skip></wmo301:Bericht>"),
                        "message is larger than 4 MiB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeXml")
    void anXmlMessageWithAHugeAttributeTextOrBodyIsRefusedBySize(String name,
                                                                 java.util.function.Supplier<InputStream> content, String rule) {
        RecordingStore store = new RecordingStore();
        AllocationIngest ingest = new AllocationIngest(store, CONFIG.regions(), new Pseudonymizer(new byte[32]));

        IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ingest.ingest(name, content.get()));

        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).contains(rule).doesNotContain("well-formed");
            assertThat(e.value()).isNull();
        });
        assertThat(store.written).isEmpty();
    }

    @Test
    void theLimitsAreConfiguration() throws IOException {
        System.setProperty("scorecards.limits.entryBytes", "1048576");
        System.setProperty("scorecards.limits.xmlNodeBytes", "100");
        AllocationIngest ingest;
        try {
            ingest = new AllocationIngest(new RecordingStore(), CONFIG.regions(), new Pseudonymizer(new byte[32]));
        } finally {
            System.clearProperty("scorecards.limits.entryBytes");
            System.clearProperty("scorecards.limits.xmlNodeBytes");
        }

        IngestReport zip = ingest.ingest("two-mib.zip", new ByteArrayInputStream(ZipBombs.zip(zeros("m.csv", 2))));
        IngestReport xml = ingest.ingest("long-text.xml", ZipBombs.repeated(ROOT + "<wmo301:Commentaar>", (byte) 'x', 101,
                "</wmo301:Commentaar></wmo301:Bericht>"));

        assertThat(zip.errors()).singleElement().satisfies(e -> assertThat(e.rule()).startsWith("archive entry unpacks to more than 1 MiB"));
        assertThat(xml.errors()).singleElement().satisfies(e -> assertThat(e.rule()).startsWith("an attribute value or text is longer than 100 bytes"));
    }

    static Stream<Arguments> xlsxBombs() throws IOException {
        return Stream.of(
                Arguments.of("sheet-1gib.xlsx", ZipBombs.zip(of("[Content_Types].xml", "<Types/>"),
                        zeros("xl/worksheets/sheet1.xml", 1024))),
                Arguments.of("three-90mb.xlsx", ZipBombs.zip(zeros("xl/worksheets/sheet1.xml", 90),
                        zeros("xl/worksheets/sheet2.xml", 90), zeros("xl/sharedStrings.xml", 90))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xlsxBombs")
    void anXlsxThatInflatesTooFarIsRefusedInDutchAsTooLargeUnpacked(String name, byte[] xlsx) {
        ParsedReport parsed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ReportFileReader(CONFIG.regions())
                .read(CONFIG.reportTypes().type("cto").orElseThrow(), name, new ByteArrayInputStream(xlsx)));

        assertThat(parsed.accepted()).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.messageNl()).contains("te groot uitgepakt"));
    }
}
