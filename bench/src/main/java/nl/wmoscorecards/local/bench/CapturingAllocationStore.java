package nl.wmoscorecards.local.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;

/** Keeps the parsed events in memory, so a benchmark can time parsing apart from storing. */
final class CapturingAllocationStore implements AllocationStore {
    final List<AllocationEvent> events = new ArrayList<>();

    @Override
    public synchronized void apply(Collection<? extends AllocationEvent> batch) {
        events.addAll(batch);
    }

    /** Nothing is stored, so ingest's look-up of 301s finds none (and costs nothing to time). */
    @Override
    public Map<AllocationKey, Allocation> allocations(Collection<AllocationKey> keys) {
        return Map.of();
    }

    @Override
    public List<Allocation> allocationsOf(String municipality) {
        throw new UnsupportedOperationException("capture only");
    }
}
