package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.port.AllocationStore;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetResultPage;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Allocations in DynamoDB, one item each. A batch of events is folded per allocation in memory after one
 * BatchGetItem per 100 allocations, then written back conditionally on the version read: a concurrent
 * writer makes the write fail, and the allocation is read and folded again. Nothing is lost or doubled,
 * because folding the same messages again changes nothing.
 */
public final class DynamoAllocationStore implements AllocationStore {
    static final TableSchema<AllocationItem> SCHEMA = TableSchema.fromBean(AllocationItem.class);
    private static final int BATCH_GET_LIMIT = 100;
    private static final int MAX_ATTEMPTS = 20;
    private static final int WRITER_THREADS = 4;

    private final DynamoDbEnhancedClient enhanced;
    private final DynamoDbTable<AllocationItem> table;
    private final ExecutorService writers;

    public DynamoAllocationStore(DynamoDbEnhancedClient enhanced, String tableName) {
        this(enhanced, tableName, WRITER_THREADS);
    }

    /** Chunks of allocations are read and written on {@code threads} threads; allocations never share a chunk. */
    public DynamoAllocationStore(DynamoDbEnhancedClient enhanced, String tableName, int threads) {
        this.enhanced = enhanced;
        this.table = enhanced.table(tableName, SCHEMA);
        this.writers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "allocation-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void apply(Collection<? extends AllocationEvent> events) {
        Map<AllocationKey, List<AllocationEvent>> byKey = new LinkedHashMap<>();
        for (AllocationEvent event : events) {
            byKey.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event);
        }
        List<AllocationKey> keys = new ArrayList<>(byKey.keySet());
        List<Future<?>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET_LIMIT) {
            List<AllocationKey> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH_GET_LIMIT));
            chunks.add(writers.submit(() -> {
                Map<AllocationKey, AllocationItem> current = batchGet(chunk);
                for (AllocationKey key : chunk) {
                    write(key, current.get(key), byKey.get(key));
                }
            }));
        }
        awaitAll(chunks);
    }

    /** Waits for every chunk; the first failure is rethrown after all have finished, so none runs on unseen. */
    private static void awaitAll(List<Future<?>> chunks) {
        RuntimeException failure = null;
        for (Future<?> chunk : chunks) {
            try {
                chunk.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing allocations", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void write(AllocationKey key, AllocationItem stored, List<AllocationEvent> events) {
        for (int attempt = 1; ; attempt++) {
            Allocation before = stored == null ? Allocation.empty(key) : stored.toAllocation();
            Allocation after = before.applyAll(events);
            if (after.equals(before)) {
                return;
            }
            try {
                table.putItem(AllocationItem.from(after, stored == null ? null : stored.getVersion()));
                return;
            } catch (ConditionalCheckFailedException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw new IllegalStateException("allocation " + key + " kept changing under concurrent writes", e);
                }
                stored = table.getItem(Key.builder().partitionValue(key.municipality())
                        .sortValue(key.allocationNumber()).build());
            }
        }
    }

    private Map<AllocationKey, AllocationItem> batchGet(List<AllocationKey> keys) {
        ReadBatch.Builder<AllocationItem> read = ReadBatch.builder(AllocationItem.class).mappedTableResource(table);
        for (AllocationKey key : keys) {
            read.addGetItem(Key.builder().partitionValue(key.municipality()).sortValue(key.allocationNumber()).build());
        }
        Map<AllocationKey, AllocationItem> found = new HashMap<>();
        for (BatchGetResultPage page : enhanced.batchGetItem(r -> r.readBatches(read.build()))) {
            for (AllocationItem item : page.resultsForTable(table)) {
                found.put(new AllocationKey(item.getMunicipality(), item.getAllocationNumber()), item);
            }
        }
        return found;
    }

    @Override
    public List<Allocation> allocationsOf(String municipality) {
        return table.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(municipality).build()))
                .items().stream().map(AllocationItem::toAllocation).toList();
    }
}
