package nl.wmoscorecards.core.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.report.ParsedReport;
import nl.wmoscorecards.core.report.ReportFileReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated corpus of broken and hostile files across every accepted format. Each is refused with a
 * clear error, writes nothing, and never ends in an uncaught exception or a hung reader.
 */
@Tag("hostile")
@Tag("slow")
class HostileInputCorpusTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final String HEADER = "type,messageId,sentAt,municipality,provider,allocationNumber,bsn,productCategory,startDate";
    private static final String GOOD_301 = "301,M1,2025-01-01T00:00:00Z,0479,12345678,A1,999900006,02,2025-01-02";

    static Stream<Arguments> allocationFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        String[] badFields = {
                "9999,12345678,A1,999900006,02,2025-01-02",   // municipality in no region
                "0479,1234567,A1,999900006,02,2025-01-02",    // AGB of 7 digits
                "0479,12345678,A1,123456789,02,2025-01-02",   // BSN failing the elfproef
                "0479,12345678,A1,999900006,19,2025-01-02",   // product category out of range
                "0479,12345678,A1,999900006,02,2025-02-30",   // a date that does not exist
                "0479,12345678,A1,999900006,02,2025-13-01",
                "0479,12345678,A1,999900006,02,01-02-2025",   // not ISO
                "0479,12345678,=cmd|' /C calc'!A0,999900006,02,2025-01-02", // formula as allocation number
                "0479,12345678,A1,+999900006,02,2025-01-02",
                "0479,12345678,A1,999900006,02,",             // missing start
                "0479,12345678,,999900006,02,2025-01-02",      // missing allocation number
                "@SUM(1),12345678,A1,999900006,02,2025-01-02"};
        for (int i = 0; i < badFields.length; i++) {
            String row = "301,M" + i + ",2025-01-01T00:00:00Z," + badFields[i];
            files.add(Arguments.of("bad-field-" + i + ".csv", (HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)));
            files.add(Arguments.of("bad-field-" + i + ".jsonl", (json(HEADER.split(","), row.split(",", -1)) + "\n").getBytes(StandardCharsets.UTF_8)));
            files.add(Arguments.of("bad-field-" + i + ".zip", zip("inner-" + i + ".csv", (HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8))));
        }
        String[] badTypes = {"302", "", "evaluatie", "3O1", "NULL"};
        for (int i = 0; i < badTypes.length; i++) {
            files.add(Arguments.of("bad-type-" + i + ".csv", (HEADER + "\n" + GOOD_301.replaceFirst("301", badTypes[i]) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        for (int columns = 1; columns <= 12; columns++) {
            if (columns == 9) {
                continue;
            }
            files.add(Arguments.of("columns-" + columns + ".csv", (HEADER + "\n" + String.join(",", java.util.Collections.nCopies(columns, "x")) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        String[] sentAts = {"2025-01-01", "yesterday", "2025-01-01T25:00:00Z", "2025-02-29T00:00:00Z", "1e9", "2025-01-01T00:00:00"};
        for (int i = 0; i < sentAts.length; i++) {
            files.add(Arguments.of("sent-at-" + i + ".csv", (HEADER + "\n" + GOOD_301.replace("2025-01-01T00:00:00Z", sentAts[i]) + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        // Invalid UTF-8, binary junk, huge lines, no header.
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[64 + i * 37];
            new java.util.Random(i).nextBytes(junk);
            files.add(Arguments.of("junk-" + i + (i % 2 == 0 ? ".csv" : ".jsonl"), junk));
        }
        files.add(Arguments.of("invalid-utf8.csv", concat(HEADER.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', (byte) 0xC3, (byte) 0x28, '\n'})));
        files.add(Arguments.of("invalid-utf8.jsonl", new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', '}', '\n'}));
        files.add(Arguments.of("huge-line.csv", (HEADER + "\n" + "x".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("huge-line.jsonl", ("{\"type\":\"" + "9".repeat(300_000) + "\"}\n").getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("no-header.csv", (GOOD_301 + "\n").getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("empty.csv", new byte[0]));
        files.add(Arguments.of("array.jsonl", "[1,2,3]\n".getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("nested.jsonl", "{\"type\":{\"a\":1}}\n".getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("truncated.jsonl", "{\"type\":\"301\",\"messageId\":\n".getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("report.exe", "MZ".getBytes(StandardCharsets.UTF_8)));
        // Hostile XML: DTDs, external entities, entity expansion, wrong namespaces, broken documents.
        String root = "<wmo301:Bericht xmlns:wmo301=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\">";
        String[] xml = {
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + root + "&e;</wmo301:Bericht>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + root + "&c;</wmo301:Bericht>",
                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">" + root + "</wmo301:Bericht>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>" + root + "</wmo301:Bericht>",
                "<Bericht xmlns=\"http://www.istandaarden.nl/iwmo/3_1/wmo301/schema\"/>",
                "<Bericht xmlns=\"urn:other\"/>",
                "<html><body>not a message</body></html>",
                root,
                root + "<wmo301:Header><wmo301:BerichtCode>999</wmo301:BerichtCode></wmo301:Header></wmo301:Bericht>",
                "",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "\u0000\u0001\u0002"};
        for (int i = 0; i < xml.length; i++) {
            byte[] bytes = xml[i].getBytes(StandardCharsets.UTF_8);
            files.add(Arguments.of("hostile-" + i + ".xml", bytes));
            files.add(Arguments.of("hostile-" + i + ".zip", zip("m-" + i + ".xml", bytes)));
            files.add(Arguments.of("slip-" + i + ".zip", zip("../../etc/m-" + i + ".xml", bytes)));
        }
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[40 + i * 29];
            new java.util.Random(200 + i).nextBytes(junk);
            files.add(Arguments.of("junk-" + i + ".xml", junk));
        }
        // Zip bombs and broken archives.
        files.add(Arguments.of("bomb.zip", zip("big.csv", bomb(300L * 1024 * 1024))));
        files.add(Arguments.of("nested.zip", zip("inner.zip", zip("x.csv", (HEADER + "\n" + GOOD_301 + "\n").getBytes(StandardCharsets.UTF_8)))));
        files.add(Arguments.of("truncated.zip", java.util.Arrays.copyOf(zip("x.csv", (HEADER + "\n" + GOOD_301 + "\n").getBytes(StandardCharsets.UTF_8)), 30)));
        files.add(Arguments.of("not-a.zip", "PK not really".getBytes(StandardCharsets.UTF_8)));
        return files.stream();
    }

    static Stream<Arguments> reportFiles() {
        List<Arguments> files = new ArrayList<>();
        String[] cells = {"0479;31-02-2025;8", "0479;12-03-2025;11", "0479;12-03-2025;10,5", "0479;12-03-2025;-3",
                "9999;12-03-2025;8", "=HYPERLINK(\"x\");12-03-2025;8", "0479;+5;8", "0479;@now;8", "0479;12-03-2025;acht",
                "0479;12-03-2025;8,25", "0479;2025-13-01;8", "0479;;8", ";12-03-2025;8", "0479;12-03-2025;",
                "0479;12-03-2025;8;extra", "0479;12-03-2025", "047a;12-03-2025;8", "0479;12/03/2025;8"};
        for (int i = 0; i < cells.length; i++) {
            files.add(Arguments.of("cto-" + i + ".csv", ("gemeente;datum;cijfer\n" + cells[i] + "\n").getBytes(StandardCharsets.UTF_8)));
            files.add(Arguments.of("cto-1252-" + i + ".csv", ("Gemeente;Datum;Cijfer\r\n" + cells[i] + "\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        }
        String[] headers = {"gemeente;datum", "gemeente;datum;cijfer;cijfer", "municipality,date,grade,x", "", "cijfer", "a;b;c"};
        for (int i = 0; i < headers.length; i++) {
            files.add(Arguments.of("header-" + i + ".csv", (headers[i] + "\n0479;12-03-2025;8\n").getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < 10; i++) {
            byte[] junk = new byte[100 + i * 53];
            new java.util.Random(100 + i).nextBytes(junk);
            files.add(Arguments.of("junk-" + i + ".xlsx", junk));
        }
        files.add(Arguments.of("pdf-for-table.csv", "%PDF-1.7\n".getBytes(StandardCharsets.UTF_8)));
        files.add(Arguments.of("empty.csv", new byte[0]));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allocationFiles")
    void aBadAllocationFileIsRefusedAndWritesNothing(String name, byte[] content) {
        RecordingStore store = new RecordingStore();
        AllocationIngest ingest = new AllocationIngest(store, CONFIG.regions(), new Pseudonymizer(new byte[32]));
        IngestReport report = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ingest.ingest(name, new ByteArrayInputStream(content)));
        assertThat(report.errorCount()).as("errors for " + name).isPositive();
        assertThat(report.errors()).allSatisfy(e -> {
            assertThat(e.file()).isNotBlank();
            assertThat(e.location()).isNotBlank();
            assertThat(e.rule()).isNotBlank();
            assertThat(e.describe()).doesNotContain("123456789");
        });
        assertThat(store.written).as("events written for " + name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportFiles")
    void aBadReportFileIsRefusedWithADutchProblemAndNoRows(String name, byte[] content) {
        ParsedReport parsed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new ReportFileReader(CONFIG.regions())
                .read(CONFIG.reportTypes().type("cto").orElseThrow(), name, new ByteArrayInputStream(content)));
        assertThat(parsed.accepted()).as(name).isFalse();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.messageNl()).isNotBlank());
    }

    private static String json(String[] keys, String[] values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < keys.length && i < values.length; i++) {
            s.append(i == 0 ? "" : ",").append('"').append(keys[i]).append("\":\"").append(values[i].replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A highly compressible entry of the given size, zipped without holding it in memory. */
    private static byte[] bomb(long size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.csv"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
