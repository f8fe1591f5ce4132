package nl.wmoscorecards.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The baseline: prepared items written with plain BatchWriteItem (25 a call) on N threads, unprocessed items retried. */
final class RawBatchWrites {
    private RawBatchWrites() {
    }

    static void write(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int from = 0; from < items.size(); from += 200) {
                List<Map<String, AttributeValue>> part = items.subList(from, Math.min(items.size(), from + 200));
                tasks.add(pool.submit(() -> {
                    for (int at = 0; at < part.size(); at += 25) {
                        List<WriteRequest> pending = new ArrayList<>();
                        for (Map<String, AttributeValue> item : part.subList(at, Math.min(part.size(), at + 25))) {
                            pending.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
                        }
                        while (!pending.isEmpty()) {
                            List<WriteRequest> request = pending;
                            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of(table, request)));
                            pending = response.unprocessedItems().getOrDefault(table, List.of());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
