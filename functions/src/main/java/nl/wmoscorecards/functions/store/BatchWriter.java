package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;

/** BatchWriteItem in chunks of 25, retrying UnprocessedItems with backoff: nothing is silently dropped. */
final class BatchWriter {
    private static final int CHUNK = 25;
    private static final int MAX_ATTEMPTS = 10;

    private BatchWriter() {
    }

    static <T> void put(DynamoDbEnhancedClient client, DynamoDbTable<T> table, Class<T> type, List<T> items) {
        write(client, table, type, items, (b, item) -> b.addPutItem(item), r -> r.unprocessedPutItemsForTable(table));
    }

    static <T> void delete(DynamoDbEnhancedClient client, DynamoDbTable<T> table, Class<T> type, List<Key> keys) {
        write(client, table, type, keys, (b, key) -> b.addDeleteItem(key), r -> r.unprocessedDeleteItemsForTable(table));
    }

    private static <T, R> void write(DynamoDbEnhancedClient client, DynamoDbTable<T> table, Class<T> type, List<R> requests,
                                     java.util.function.BiConsumer<WriteBatch.Builder<T>, R> add,
                                     java.util.function.Function<BatchWriteResult, List<R>> unprocessed) {
        for (int from = 0; from < requests.size(); from += CHUNK) {
            List<R> pending = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + CHUNK)));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                if (attempt > MAX_ATTEMPTS) {
                    throw new IllegalStateException(pending.size() + " items stayed unprocessed in " + table.tableName());
                }
                if (attempt > 1) {
                    sleep(Math.min(2_000L, 25L << attempt));
                }
                WriteBatch.Builder<T> batch = WriteBatch.builder(type).mappedTableResource(table);
                pending.forEach(r -> add.accept(batch, r));
                BatchWriteResult result = client.batchWriteItem(b -> b.writeBatches(batch.build()));
                pending = new ArrayList<>(unprocessed.apply(result));
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
