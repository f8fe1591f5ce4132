package nl.wmoscorecards.core.port;

import java.util.Collection;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;

/** Where allocations live: one record per allocation, with every message folded in. */
public interface AllocationStore {

    /**
     * Folds the events into their allocations ({@link Allocation#apply}). Atomic per allocation and safe
     * to repeat: a crash half-way and a second call leave exactly what one call leaves.
     */
    void apply(Collection<? extends AllocationEvent> events);

    /** All allocations of one municipality, each read once. */
    List<Allocation> allocationsOf(String municipality);
}
