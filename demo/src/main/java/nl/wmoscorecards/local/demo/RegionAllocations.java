package nl.wmoscorecards.local.demo;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * The allocations of one measurement region, drawn provider by provider, and their messages: what the demo and
 * the scaled generator share before each writes the lines its own way.
 */
final class RegionAllocations {
    /** Receives each allocation in the order drawn. */
    interface Sink {
        void accept(PlannedAllocation allocation) throws IOException;
    }

    private final List<ProviderProfile> providers;
    private final List<String> municipalities;
    private final AllocationPlanner planner;
    private final MessagePlanner messages;

    RegionAllocations(ScorecardsConfig config, DemoCalendar calendar, MeasurementRegion region,
                      List<ProviderProfile> providers, DemoRandom random, Supplier<String> bsns, MessageIds ids) {
        this.providers = providers;
        // Sorted: the config's map has no stable iteration order, the output must.
        this.municipalities = region.municipalities().keySet().stream().sorted().toList();
        this.planner = new AllocationPlanner(calendar, random, bsns, municipalities);
        this.messages = new MessagePlanner(calendar, random, ids, evaluatesSubResults(config, region, calendar.year()));
    }

    /** Whether the region's KPI catalogue measures per sub-result, so its evaluations carry them. */
    private static boolean evaluatesSubResults(ScorecardsConfig config, MeasurementRegion region, int year) {
        return config.kpiCatalog(region.contractingRegion(), year)
                .map(c -> c.kpis().stream().anyMatch(k -> k.measure().equals("sub-results-achieved"))).orElse(false);
    }

    List<String> municipalities() {
        return municipalities;
    }

    int clientCount() {
        return planner.clientCount();
    }

    /** Every provider's allocations in turn; the largest provider's first one is deleted again by the municipality. */
    void forEach(Sink sink) throws IOException {
        ProviderProfile largest = providers.stream().max(Comparator.comparingInt(ProviderProfile::allocations)).orElseThrow();
        for (ProviderProfile provider : providers) {
            for (PlannedAllocation allocation : planner.plan(provider, provider == largest)) {
                sink.accept(allocation);
            }
        }
    }

    /** The messages about one allocation; {@code clean} leaves out corrections and retractions. */
    List<EventLine> messagesFor(PlannedAllocation allocation, boolean clean) {
        return messages.messagesFor(allocation, clean);
    }
}
