package nl.wmoscorecards.site;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;

/** One scorecard to generate: a measurement region in one run's year, with its catalogue and results. */
record ScorecardPage(ContractingRegion contractingRegion, MeasurementRegion region, PublishedRun run, KpiCatalog catalog,
                     List<PublishedResult> results, Map<String, Map<String, PublishedResult>> byProvider) {

    ScorecardPage(ContractingRegion contractingRegion, MeasurementRegion region, PublishedRun run, KpiCatalog catalog,
                  List<PublishedResult> results) {
        this(contractingRegion, region, run, catalog, List.copyOf(results), index(results));
    }

    private static Map<String, Map<String, PublishedResult>> index(List<PublishedResult> results) {
        Map<String, Map<String, PublishedResult>> byProvider = new HashMap<>();
        for (PublishedResult result : results) {
            byProvider.computeIfAbsent(result.provider(), p -> new HashMap<>()).put(result.kpi(), result);
        }
        return byProvider;
    }

    String path() {
        return SitePaths.scorecardPage(region.id(), run.year());
    }

    Set<String> providers() {
        Set<String> providers = new LinkedHashSet<>();
        results.forEach(r -> providers.add(r.provider()));
        return providers;
    }

    long providerCount() {
        return byProvider.size();
    }

    /** The provider's results on this scorecard by KPI id; empty when it is not on it. */
    Map<String, PublishedResult> resultsOf(String provider) {
        return byProvider.getOrDefault(provider, Map.of());
    }

    String title() {
        return "Scorecard " + region.name() + " " + run.year();
    }
}
