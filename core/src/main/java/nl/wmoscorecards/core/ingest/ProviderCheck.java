package nl.wmoscorecards.core.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.allocation.StartZorg;
import nl.wmoscorecards.core.allocation.StopZorg;
import nl.wmoscorecards.core.allocation.Toewijzing;

/**
 * Only an allocation's provider may start or stop it: a 305/307 whose sender is not the provider of the
 * allocation's 301 is refused when that 301 is known at ingest, in the same batch or already stored. One that
 * arrives before its 301 is stored, and the fold leaves it out ({@link nl.wmoscorecards.core.allocation.Allocation#leftOut()}).
 */
final class ProviderCheck {
    /** The provider of the winning known 301 per allocation. */
    private final Map<AllocationKey, String> providers;

    private ProviderCheck(Map<AllocationKey, String> providers) {
        this.providers = providers;
    }

    /**
     * The latest of the batch's 301s ({@link #latest301s}) and the {@code recent} ones (the previous batch's)
     * decides; the store is read only for the allocations of a 305/307 without either. Should a stored 301 still
     * outrank them with another provider, the fold leaves the message out all the same.
     */
    static ProviderCheck of(Collection<AllocationEvent> batch, Map<AllocationKey, Toewijzing> latest,
                            Map<AllocationKey, Toewijzing> recent, AllocationStore store) {
        Set<AllocationKey> startsAndStops = new HashSet<>();
        for (AllocationEvent event : batch) {
            if (event instanceof StartZorg || event instanceof StopZorg) {
                startsAndStops.add(event.key());
            }
        }
        Map<AllocationKey, String> providers = new HashMap<>();
        for (AllocationKey key : startsAndStops) {
            Toewijzing known = later(latest.get(key), recent.get(key));
            if (known != null) {
                providers.put(key, known.provider());
            }
        }
        startsAndStops.removeAll(providers.keySet());
        if (!startsAndStops.isEmpty()) {
            store.allocations(startsAndStops).forEach((key, allocation) -> {
                if (allocation.provider() != null) {
                    providers.put(key, allocation.provider());
                }
            });
        }
        return new ProviderCheck(providers);
    }

    /** The latest 301 of each allocation in the events: kept for the next batch, whose 305s often follow them. */
    static Map<AllocationKey, Toewijzing> latest301s(Collection<AllocationEvent> events) {
        Map<AllocationKey, Toewijzing> latest = new HashMap<>();
        for (AllocationEvent event : events) {
            if (event instanceof Toewijzing t) {
                latest.merge(t.key(), t, ProviderCheck::later);
            }
        }
        return latest;
    }

    private static Toewijzing later(Toewijzing a, Toewijzing b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return b.stamp().supersedes(a.stamp()) ? b : a;
    }

    /** An error for each 305/307 of the message sent by another provider than its allocation's 301 names. */
    List<IngestError> refusals(String file, String location, List<AllocationEvent> message) {
        List<IngestError> errors = new ArrayList<>();
        for (AllocationEvent event : message) {
            if (!(event instanceof StartZorg || event instanceof StopZorg)) {
                continue;
            }
            String provider = providers.get(event.key());
            if (provider != null && !provider.equals(event.provider())) {
                String what = event instanceof StartZorg ? "start zorg (305)" : "stop zorg (307)";
                errors.add(new IngestError(file, location, "provider", event.provider(),
                        what + " for allocation " + event.key() + " sent by AGB " + event.provider()
                                + ", but the allocation's 301 names provider AGB " + provider
                                + "; only the allocation's provider may start or stop it"));
            }
        }
        return errors;
    }
}
