package nl.wmoscorecards.core.allocation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Where allocations live: one record per allocation, with every message folded in. */
public interface AllocationStore {

    /**
     * Folds the events into their allocations ({@link Allocation#apply}). Atomic per allocation and safe
     * to repeat: a crash half-way and a second call leave exactly what one call leaves.
     */
    void apply(Collection<? extends AllocationEvent> events);

    /** All allocations of one municipality, each read once. */
    List<Allocation> allocationsOf(String municipality);

    /**
     * The stored allocations of these keys; a key with nothing stored is absent. Ingest reads them to judge a
     * 305/307 against its 301. This default reads each municipality whole; a store may read only the keys.
     */
    default Map<AllocationKey, Allocation> allocations(Collection<AllocationKey> keys) {
        Set<AllocationKey> wanted = Set.copyOf(keys);
        Set<String> municipalities = new TreeSet<>();
        wanted.forEach(k -> municipalities.add(k.municipality()));
        Map<AllocationKey, Allocation> found = new HashMap<>();
        for (String municipality : municipalities) {
            for (Allocation allocation : allocationsOf(municipality)) {
                if (wanted.contains(allocation.key())) {
                    found.put(allocation.key(), allocation);
                }
            }
        }
        return found;
    }
}
