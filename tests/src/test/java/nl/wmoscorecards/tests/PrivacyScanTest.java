package nl.wmoscorecards.tests;

import static nl.wmoscorecards.tests.CliRunner.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.reliability.Figures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * After the whole demo flow (ingest, uploads, KPI run, both site editions), no BSN of the input is anywhere
 * the system wrote: not in the store's files nor in its items read back, not in the S3 objects, reports,
 * JSON, either site edition or the console, in plain text or in common encodings.
 */
@Tag("e2e")
class PrivacyScanTest {
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    @TempDir
    Path work;

    @Test
    void noBsnOfTheInputIsInAnythingTheSystemWrote() throws Exception {
        Path data = work.resolve("data");
        CliRunner.Run demo = cli("demo", "--data", data.toString(), "--year", "2025");
        assertThat(demo.exit()).as(demo.out()).isZero();
        CliRunner.Run internal = cli("publish", "--data", data.toString(), "--edition", "internal",
                "--out", data.resolve("site-internal").toString());
        assertThat(internal.exit()).as(internal.out()).isZero();
        String console = demo.out() + internal.out();

        Set<String> bsns = bsnsIn(data.resolve("demo-input"));
        assertThat(bsns).hasSizeGreaterThan(1_000);
        Map<String, List<byte[]>> needles = encodings(bsns);

        List<String> hits = new ArrayList<>();
        long scanned = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(data.resolve("demo-input"))).toList()) {
                byte[] content = Files.readAllBytes(file);
                scan(file.toString(), content, needles, hits);
                scanned++;
                bytes += content.length;
            }
        }
        scan("console", console.getBytes(StandardCharsets.UTF_8), needles, hits);
        scan("store items", storeItems(data).getBytes(StandardCharsets.UTF_8), needles, hits);

        assertThat(hits).as("BSNs found in what the system wrote").isEmpty();
        Figures.record("PrivacyScanTest", bsns.size() + " BSNs of the input, each in 6 forms, searched in " + scanned
                + " files (" + bytes / 1024 + " KiB), the console and every store item read back: " + hits.size() + " hits");
    }

    /** The input's BSNs: every nine-digit number passing the elfproef in the demo's input files. */
    private static Set<String> bsnsIn(Path input) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                Matcher m = NINE_DIGITS.matcher(text);
                while (m.find()) {
                    if (Bsn.isValid(m.group())) {
                        found.add(m.group());
                    }
                }
            }
        }
        return found;
    }

    /** Plain, UTF-16, hex, base64 and unkeyed SHA-256: what a careless log, report or hash would leave. */
    private static Map<String, List<byte[]>> encodings(Set<String> bsns) throws Exception {
        Map<String, List<byte[]>> needles = new LinkedHashMap<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String bsn : bsns) {
            byte[] ascii = bsn.getBytes(StandardCharsets.US_ASCII);
            needles.put(bsn, List.of(ascii,
                    bsn.getBytes(StandardCharsets.UTF_16LE),
                    bsn.getBytes(StandardCharsets.UTF_16BE),
                    HexFormat.of().formatHex(ascii).getBytes(StandardCharsets.US_ASCII),
                    Base64.getEncoder().encodeToString(ascii).getBytes(StandardCharsets.US_ASCII),
                    HexFormat.of().formatHex(sha256.digest(ascii)).getBytes(StandardCharsets.US_ASCII)));
        }
        return needles;
    }

    private static void scan(String where, byte[] content, Map<String, List<byte[]>> needles, List<String> hits) {
        String haystack = new String(content, StandardCharsets.ISO_8859_1);
        needles.forEach((bsn, forms) -> {
            for (byte[] form : forms) {
                if (haystack.contains(new String(form, StandardCharsets.ISO_8859_1))) {
                    hits.add(where + " holds a form of BSN " + Bsn.mask(bsn));
                    return;
                }
            }
        });
    }

    /** Every item of every table, read back through the SDK: the store's files may be compressed. */
    private static String storeItems(Path data) throws IOException {
        StringBuilder all = new StringBuilder();
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            DynamoDbClient client = runtime.dynamoDb();
            for (String table : client.listTables().tableNames()) {
                client.scanPaginator(ScanRequest.builder().tableName(table).build())
                        .items().forEach(item -> all.append(item).append('\n'));
            }
        }
        return all.toString();
    }
}
