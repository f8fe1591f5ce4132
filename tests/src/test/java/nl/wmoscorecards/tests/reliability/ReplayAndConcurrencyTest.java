package nl.wmoscorecards.tests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.local.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A resent message or a second ingest running at the same time never changes a KPI: every input three times
 * in shuffled order, messages shuffled across files, and two ingests of overlapping inputs at once each end
 * with the KPI JSON of one ordered ingest.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayAndConcurrencyTest {
    /** The contracting region of the three contract KPIs: its three measurement regions' files, plus the XML zip. */
    private static final List<String> REGIONS = List.of("purmerend-edam-volendam", "oostzaan-waterland-landsmeer",
            "zaanstad-wormerland");
    private static final int LINES_PER_PIECE = 700;

    @TempDir
    static Path work;
    private Rig rig;
    private DynamoDbClient client;
    private List<Path> inputs;
    private String ordered;
    private Map<String, Set<Allocation>> orderedAllocations;
    private long messages;

    @BeforeAll
    void ingestOnceInOrder() throws IOException {
        rig = Rig.start();
        client = rig.dynamoClient();
        DemoData demo = rig.demoYear(work.resolve("demo"));
        inputs = demo.eventFiles().stream()
                .filter(f -> f.getFileName().toString().endsWith(".zip") || REGIONS.stream().anyMatch(r -> f.toString().contains(r)))
                .toList();
        assertThat(inputs).hasSize(1 + 2 * REGIONS.size());
        Stores stores = Stores.dynamo(client, rig.freshTables("ordered"));
        IngestReport report = rig.ingest(stores).ingestPaths(inputs);
        messages = report.accepted();
        ordered = rig.kpiJson(stores);
        orderedAllocations = rig.allocations(stores);
        assertThat(ordered).contains("\"region\" : \"zaanstad-wormerland\"").contains("\"measured\" : true");
    }

    @AfterAll
    void stop() {
        client.close();
        rig.close();
    }

    @Test
    void everyInputThreeTimesInShuffledOrderGivesTheKpisOfOneOrderedIngest() throws IOException {
        List<Path> three = new ArrayList<>();
        for (int copy = 0; copy < 3; copy++) {
            three.addAll(inputs);
        }
        Collections.shuffle(three, new Random(3));
        Stores stores = Stores.dynamo(client, rig.freshTables("replayed"));
        AllocationIngest ingest = rig.ingest(stores);
        long accepted = 0;
        for (Path input : three) {
            accepted += ingest.ingestPaths(List.of(input)).accepted();
        }

        assertThat(accepted).isEqualTo(3 * messages);
        assertThat(rig.kpiJson(stores)).isEqualTo(ordered);
        assertThat(rig.allocations(stores)).isEqualTo(orderedAllocations);
        Figures.record("ReplayAndConcurrencyTest", String.format(Locale.ROOT,
                "%d inputs (%d messages) ingested 3 times in shuffled order, one ingest per file: KPI JSON and allocations identical", inputs.size(), messages));
    }

    @Test
    void messagesShuffledAcrossPiecesAndDeliveredThreeTimesGiveTheKpisOfOneOrderedIngest() throws IOException {
        List<Path> pieces = new ArrayList<>();
        Random random = new Random(11);
        for (int copy = 0; copy < 3; copy++) {
            pieces.addAll(shuffledPieces(copy, random));
        }
        Collections.shuffle(pieces, random);
        Stores stores = Stores.dynamo(client, rig.freshTables("pieces"));
        AllocationIngest ingest = rig.ingest(stores);
        for (Path piece : pieces) {
            IngestReport report = ingest.ingestPaths(List.of(piece));
            assertThat(report.errorCount()).as(piece.toString()).isZero();
        }

        assertThat(rig.kpiJson(stores)).isEqualTo(ordered);
        assertThat(rig.allocations(stores)).isEqualTo(orderedAllocations);
        Figures.record("ReplayAndConcurrencyTest", String.format(Locale.ROOT,
                "every message of the JSON Lines and CSV inputs shuffled into %d pieces of up to %d lines, 3 copies, "
                        + "plus the XML zip 3 times, in random order: KPI JSON and allocations identical", pieces.size(), LINES_PER_PIECE));
    }

    @Test
    void twoIngestsOfOverlappingInputsAtTheSameTimeGiveWhatOneAfterTheOtherGives() throws Exception {
        int third = Math.max(1, inputs.size() / 3);
        List<Path> first = inputs.subList(0, inputs.size() - third);
        List<Path> second = new ArrayList<>(inputs.subList(third, inputs.size()));
        Collections.reverse(second);
        assertThat(first).containsAll(inputs.subList(third, inputs.size() - third));

        TableNames sequentialTables = rig.freshTables("sequential");
        Stores sequential = Stores.dynamo(client, sequentialTables);
        rig.ingest(sequential).ingestPaths(first);
        rig.ingest(sequential).ingestPaths(second);
        String oneAfterTheOther = rig.kpiJson(sequential);

        TableNames concurrentTables = rig.freshTables("concurrent");
        ExecutorService lambdas = Executors.newFixedThreadPool(2);
        List<Callable<IngestReport>> both = new ArrayList<>();
        List<DynamoDbClient> clients = new ArrayList<>();
        for (List<Path> part : List.of(first, second)) {
            DynamoDbClient own = rig.dynamoClient(); // two functions: two containers, two clients
            clients.add(own);
            AllocationIngest ingest = rig.ingest(Stores.dynamo(own, concurrentTables));
            both.add(() -> ingest.ingestPaths(part));
        }
        for (Future<IngestReport> done : lambdas.invokeAll(both)) {
            done.get();
        }
        lambdas.shutdown();
        clients.forEach(DynamoDbClient::close);
        Stores concurrent = Stores.dynamo(client, concurrentTables);
        String atTheSameTime = rig.kpiJson(concurrent);

        assertThat(atTheSameTime).isEqualTo(oneAfterTheOther).isEqualTo(ordered);
        assertThat(rig.allocations(concurrent)).isEqualTo(rig.allocations(sequential)).isEqualTo(orderedAllocations);
        Figures.record("ReplayAndConcurrencyTest", String.format(Locale.ROOT,
                "two ingests of %d and %d inputs (%d shared) at the same time: KPI JSON and allocations identical to one after the other",
                first.size(), second.size(), inputs.size() - 2 * third));
    }

    /** The JSON Lines and CSV messages of every input, shuffled and cut into pieces; the XML zip stays whole. */
    private List<Path> shuffledPieces(int copy, Random random) throws IOException {
        List<String> json = new ArrayList<>();
        List<String> csv = new ArrayList<>();
        String csvHeader = null;
        List<Path> pieces = new ArrayList<>();
        for (Path input : inputs) {
            String name = input.getFileName().toString();
            if (name.endsWith(".jsonl")) {
                Files.readAllLines(input, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(json::add);
            } else if (name.endsWith(".csv")) {
                List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
                if (csvHeader == null) {
                    csvHeader = lines.get(0);
                }
                assertThat(lines.get(0)).isEqualTo(csvHeader);
                lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).forEach(csv::add);
            } else {
                pieces.add(input);
            }
        }
        Collections.shuffle(json, random);
        Collections.shuffle(csv, random);
        Path folder = Files.createDirectories(work.resolve("pieces-" + copy));
        for (int from = 0; from < json.size(); from += LINES_PER_PIECE) {
            Path piece = folder.resolve("piece-" + from + ".jsonl");
            Files.write(piece, json.subList(from, Math.min(json.size(), from + LINES_PER_PIECE)), StandardCharsets.UTF_8);
            pieces.add(piece);
        }
        for (int from = 0; from < csv.size(); from += LINES_PER_PIECE) {
            Path piece = folder.resolve("piece-" + from + ".csv");
            List<String> lines = new ArrayList<>();
            lines.add(csvHeader);
            lines.addAll(csv.subList(from, Math.min(csv.size(), from + LINES_PER_PIECE)));
            Files.write(piece, lines, StandardCharsets.UTF_8);
            pieces.add(piece);
        }
        return pieces;
    }
}
