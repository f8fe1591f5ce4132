package nl.wmoscorecards.functions.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.concurrent.DaemonThreads;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Allocations in DynamoDB as their messages, one immutable item per accepted message, written with plain
 * BatchWriteItem and folded when read ({@link Allocation#applyAll}: order-independent and idempotent). A
 * redelivered message overwrites its own item with the same content, and concurrent ingests write
 * different items, so no update can be lost and no read-modify-write or condition is needed.
 */
public final class DynamoAllocationStore implements AllocationStore {
    private static final int WRITER_THREADS = 4;
    /** Items per writer task: eight BatchWriteItem calls, enough to keep a thread busy between hand-offs. */
    private static final int TASK_ITEMS = 200;

    private final DynamoDbClient client;
    private final String table;
    private final ExecutorService writers;

    public DynamoAllocationStore(DynamoDbClient client, String tableName) {
        this(client, tableName, WRITER_THREADS);
    }

    /** A municipality with more wanted keys than this is read whole (one paged Query) rather than a Query a key. */
    static final int KEY_QUERIES_PER_MUNICIPALITY = 100;

    /** Batches are written on {@code threads} threads. */
    public DynamoAllocationStore(DynamoDbClient client, String tableName, int threads) {
        this.client = client;
        this.table = tableName;
        this.writers = Executors.newFixedThreadPool(threads, DaemonThreads.named("allocation-writer"));
    }

    @Override
    public void apply(Collection<? extends AllocationEvent> events) {
        // One item per key: BatchWriteItem refuses a key twice in a request, and the first of a message id
        // wins, as in the fold.
        Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
        for (AllocationEvent event : events) {
            items.computeIfAbsent(event.key().municipality() + '/' + AllocationMessageItem.sortKey(event),
                    k -> AllocationMessageItem.toItem(event));
        }
        List<Map<String, AttributeValue>> all = new ArrayList<>(items.values());
        List<Future<?>> tasks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += TASK_ITEMS) {
            List<Map<String, AttributeValue>> part = all.subList(from, Math.min(all.size(), from + TASK_ITEMS));
            tasks.add(writers.submit(() -> BatchWriter.put(client, table, part)));
        }
        awaitAll(tasks);
    }

    /** Waits for every task; the first failure is rethrown after all have finished, so none runs on unseen. */
    private static void awaitAll(List<Future<?>> tasks) {
        RuntimeException failure = null;
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing allocation messages", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Each allocation's messages with one Query on its sort-key prefix ({@code allocationNumber#}), on the writer
     * threads; a municipality with many wanted keys is read whole instead.
     */
    @Override
    public Map<AllocationKey, Allocation> allocations(Collection<AllocationKey> keys) {
        Map<String, List<AllocationKey>> byMunicipality = keys.stream().distinct()
                .collect(Collectors.groupingBy(AllocationKey::municipality));
        Map<AllocationKey, Allocation> found = new HashMap<>();
        List<Future<Allocation>> reads = new ArrayList<>();
        byMunicipality.forEach((municipality, wanted) -> {
            if (wanted.size() > KEY_QUERIES_PER_MUNICIPALITY) {
                Set<AllocationKey> set = Set.copyOf(wanted);
                allocationsOf(municipality).stream().filter(a -> set.contains(a.key())).forEach(a -> found.put(a.key(), a));
            } else {
                wanted.forEach(key -> reads.add(writers.submit(() -> allocation(key))));
            }
        });
        for (Future<Allocation> read : reads) {
            try {
                Allocation allocation = read.get();
                if (allocation != null) {
                    found.put(allocation.key(), allocation);
                }
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading allocations", e);
            }
        }
        return found;
    }

    /** One allocation's messages folded, or null when none is stored. */
    private Allocation allocation(AllocationKey key) {
        List<AllocationEvent> events = new ArrayList<>();
        client.queryPaginator(AllocationMessageItem.KEYS.sortBeginsWith(table, key.municipality(),
                        key.allocationNumber() + AllocationMessageItem.SEPARATOR)).items().forEach(item -> events.add(AllocationMessageItem.fromItem(item)));
        return events.isEmpty() ? null : Allocation.empty(key).applyAll(events);
    }

    /** One Query over the municipality's partition; every message item is read once and folded per allocation. */
    @Override
    public List<Allocation> allocationsOf(String municipality) {
        Map<String, List<AllocationEvent>> byAllocation = new LinkedHashMap<>();
        client.queryPaginator(AllocationMessageItem.KEYS.partition(table, AttributeValue.fromS(municipality))).items().forEach(item -> byAllocation.computeIfAbsent(AllocationMessageItem.allocationNumber(item),
                        n -> new ArrayList<>()).add(AllocationMessageItem.fromItem(item)));
        List<Allocation> allocations = new ArrayList<>(byAllocation.size());
        byAllocation.forEach((number, events) ->
                allocations.add(Allocation.empty(new AllocationKey(municipality, number)).applyAll(events)));
        return allocations;
    }
}
