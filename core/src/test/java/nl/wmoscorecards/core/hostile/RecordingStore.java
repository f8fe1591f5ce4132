package nl.wmoscorecards.core.hostile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationStore;

/** An allocation store that records every write: a refused file or archive must cause none. */
final class RecordingStore implements AllocationStore {
    final List<AllocationEvent> written = new ArrayList<>();

    @Override
    public void apply(Collection<? extends AllocationEvent> events) {
        written.addAll(events);
    }

    @Override
    public List<Allocation> allocationsOf(String municipality) {
        return List.of();
    }
}
