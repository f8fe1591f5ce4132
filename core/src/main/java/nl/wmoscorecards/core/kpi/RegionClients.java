package nl.wmoscorecards.core.kpi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.Allocation;

/**
 * A region's allocations by client pseudonym, built once per region and shared by every provider's measures:
 * "where did this client go next" is then a lookup instead of a walk over the whole region per allocation
 * (which made the flow KPIs quadratic: minutes per region at national scale).
 */
final class RegionClients {
    private final Map<String, List<Allocation>> byClient;

    RegionClients(List<Allocation> regionAllocations) {
        this.byClient = regionAllocations.stream()
                .filter(Allocation::isCountable)
                .collect(Collectors.groupingBy(a -> a.toewijzing().clientPseudonym(), HashMap::new, Collectors.toList()));
    }

    /** The client's allocations in the region, in the region list's order. */
    List<Allocation> of(String client) {
        return byClient.getOrDefault(client, List.of());
    }
}
