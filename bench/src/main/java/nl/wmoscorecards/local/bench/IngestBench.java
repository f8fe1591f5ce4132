package nl.wmoscorecards.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.functions.store.AllocationMessageItem;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Ingest throughput on the embedded store: the real path (AllocationIngest parsing the files, then
 * DynamoAllocationStore) against raw BatchWriteItem of the very same items into the same dynalite instance,
 * in one run. Also times parsing alone and the store alone, to show where the difference goes.
 *
 * <p>Usage: {@code IngestBench EVENTS_DIR [maxFiles]} (files as {@code generate} writes them).
 */
public final class IngestBench {
    private static final String RAW_TABLE = "bench-raw-allocation-messages";
    private static final int THREADS = 4;

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path events = Path.of(args.length > 0 ? args[0] : ".scorecards/generated/events");
        int maxFiles = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Path> files;
        try (var stream = Files.list(events)) {
            files = stream.filter(Files::isRegularFile).sorted().limit(maxFiles).toList();
        }
        Path work = Files.createTempDirectory("ingest-bench");
        byte[] key = "bench-pseudonym-key-of-32-bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (LocalRuntime runtime = LocalRuntime.inMemory(work, key)) {
            // Parse alone, into memory: the same events the real path will store.
            CapturingAllocationStore captured = new CapturingAllocationStore();
            long t0 = System.nanoTime();
            IngestReport parsed = new AllocationIngest(captured, runtime.config().regions(), new Pseudonymizer(key))
                    .ingestPaths(files);
            double parseSeconds = seconds(t0);
            Map<String, AllocationEvent> distinct = new LinkedHashMap<>();
            for (AllocationEvent e : captured.events) {
                distinct.putIfAbsent(e.key().municipality() + '/' + e.key().allocationNumber() + '#' + e.seenKey(), e);
            }
            List<Map<String, AttributeValue>> items = new ArrayList<>(distinct.size());
            distinct.values().forEach(e -> items.add(AllocationMessageItem.toItem(e)));
            createRawTable(runtime.dynamoDb(), RAW_TABLE + "-1");
            createRawTable(runtime.dynamoDb(), RAW_TABLE + "-2");

            // Raw before and after the real path, so a store that slows as it fills favours neither.
            long t1 = System.nanoTime();
            RawBatchWrites.write(runtime.dynamoDb(), RAW_TABLE + "-1", items, THREADS);
            double rawBefore = seconds(t1);

            long t2 = System.nanoTime();
            IngestReport report = runtime.allocationIngest().ingestPaths(files);
            double realSeconds = seconds(t2);

            long t3 = System.nanoTime();
            RawBatchWrites.write(runtime.dynamoDb(), RAW_TABLE + "-2", items, THREADS);
            double rawAfter = seconds(t3);
            double rawSeconds = (rawBefore + rawAfter) / 2;

            long count = report.accepted();
            System.out.printf(Locale.ROOT, "Ingest benchmark: %d files, %d messages accepted (%d rejected), %d distinct items,"
                            + " %d writer threads, Java %s, %d processors%n", files.size(), count, report.errorCount(),
                    items.size(), THREADS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-52s %8.1f s %10.0f messages/s%n", "parse only (AllocationIngest, in memory)",
                    parseSeconds, parsed.accepted() / parseSeconds);
            System.out.printf(Locale.ROOT, "%-52s %8.1f s %10.0f items/s%n", "raw BatchWriteItem of the same items, before",
                    rawBefore, items.size() / rawBefore);
            System.out.printf(Locale.ROOT, "%-52s %8.1f s %10.0f items/s%n", "raw BatchWriteItem of the same items, after",
                    rawAfter, items.size() / rawAfter);
            System.out.printf(Locale.ROOT, "%-52s %8.1f s %10.0f messages/s%n", "real ingest (parse + DynamoAllocationStore)",
                    realSeconds, count / realSeconds);
            System.out.printf(Locale.ROOT, "ratio real/raw (items per second, raw = mean of before and after): %.2f (target >= 0.80)%n",
                    (items.size() / realSeconds) / (items.size() / rawSeconds));
        }
    }

    private static void createRawTable(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("municipality").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("message").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("municipality").keyType(KeyType.HASH),
                        k -> k.attributeName("message").keyType(KeyType.RANGE)));
        client.waiter().waitUntilTableExists(b -> b.tableName(table));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

}
