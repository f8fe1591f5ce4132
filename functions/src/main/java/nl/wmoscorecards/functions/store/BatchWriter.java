package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem in chunks of 25, retrying UnprocessedItems with backoff: nothing is silently dropped. */
final class BatchWriter {
    private static final int CHUNK = 25;
    private static final int MAX_ATTEMPTS = 10;

    private BatchWriter() {
    }

    static void put(DynamoDbClient client, String table, List<Map<String, AttributeValue>> items) {
        write(client, table, items.stream().map(i -> WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build()).toList());
    }

    static void delete(DynamoDbClient client, String table, List<Map<String, AttributeValue>> keys) {
        write(client, table, keys.stream().map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build()).toList());
    }

    private static void write(DynamoDbClient client, String table, List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<WriteRequest> pending = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + CHUNK)));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " items stayed unprocessed in " + table);
                }
                if (attempt > 1) {
                    sleep(Math.min(2_000L, 25L << attempt));
                }
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse result = client.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
                pending = new ArrayList<>(result.unprocessedItems().getOrDefault(table, List.of()));
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed items", e);
        }
    }
}
