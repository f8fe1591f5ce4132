package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.MessageStamp;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DynamoDB allocation store on the embedded server: no lost update, and state that outlives a command. */
@Tag("integration")
class AllocationStoreTest {
    @TempDir
    Path work;

    private static List<AllocationEvent> eventsFor(int allocations) {
        List<AllocationEvent> events = new ArrayList<>();
        for (int i = 0; i < allocations; i++) {
            AllocationKey key = new AllocationKey("0479", "A" + i);
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(i % 300);
            for (int v = 0; v < 3; v++) {
                Instant sent = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 100L + v);
                events.add(new Toewijzing(new MessageStamp(sent, "t" + i + "-" + v), key, "11111111", "c" + i, "02",
                        null, start.plusDays(v), null, null));
                events.add(new StartZorg(new MessageStamp(sent.plusSeconds(10), "s" + i + "-" + v), key, "11111111",
                        start.plusDays(5 + v), v == 1));
            }
            events.add(new StopZorg(new MessageStamp(Instant.parse("2025-12-01T00:00:00Z"), "e" + i), key, "11111111",
                    start.plusDays(90), "19", false));
        }
        return events;
    }

    private static Map<AllocationKey, Allocation> foldedInMemory(List<AllocationEvent> events) {
        return events.stream().collect(Collectors.groupingBy(AllocationEvent::key)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Allocation.empty(e.getKey()).applyAll(e.getValue())));
    }

    @Test
    void concurrentIngestsOfOverlappingMessagesLoseNoUpdate() throws Exception {
        List<AllocationEvent> events = eventsFor(150);
        try (EmbeddedTables runtime = EmbeddedTables.inMemory()) {
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                List<AllocationEvent> shuffled = new ArrayList<>(events);
                Collections.shuffle(shuffled, new Random(w));
                List<AllocationEvent> part = shuffled.subList(0, shuffled.size() * 2 / 3);
                writers.add(() -> {
                    for (int from = 0; from < part.size(); from += 97) {
                        runtime.stores().allocations().apply(part.subList(from, Math.min(part.size(), from + 97)));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
            pool.shutdown();
            runtime.stores().allocations().apply(events);

            Map<AllocationKey, Allocation> stored = runtime.stores().allocations().allocationsOf("0479").stream()
                    .collect(Collectors.toMap(Allocation::key, Function.identity()));
            assertThat(stored).isEqualTo(foldedInMemory(events));
        }
    }

    @Test
    void stateInTheDataFolderSurvivesBetweenCommands() throws Exception {
        List<AllocationEvent> events = eventsFor(20);
        Path data = work.resolve("data");
        try (EmbeddedTables first = EmbeddedTables.persistentIn(data)) {
            first.stores().allocations().apply(events);
        }
        try (EmbeddedTables second = EmbeddedTables.persistentIn(data)) {
            assertThat(second.stores().allocations().allocationsOf("0479")).hasSize(20)
                    .containsExactlyInAnyOrderElementsOf(foldedInMemory(events).values());
        }
    }
}
