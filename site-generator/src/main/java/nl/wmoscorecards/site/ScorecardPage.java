package nl.wmoscorecards.site;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;

/** One scorecard to generate: a measurement region in one run's year, with its catalogue and results. */
record ScorecardPage(ContractingRegion contractingRegion, MeasurementRegion region, KpiRun run, KpiCatalog catalog,
                     List<KpiResult> results, Map<String, Map<String, KpiResult>> byProvider) {

    ScorecardPage(ContractingRegion contractingRegion, MeasurementRegion region, KpiRun run, KpiCatalog catalog,
                  List<KpiResult> results) {
        this(contractingRegion, region, run, catalog, List.copyOf(results), index(results));
    }

    private static Map<String, Map<String, KpiResult>> index(List<KpiResult> results) {
        Map<String, Map<String, KpiResult>> byProvider = new HashMap<>();
        for (KpiResult result : results) {
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
    Map<String, KpiResult> resultsOf(String provider) {
        return byProvider.getOrDefault(provider, Map.of());
    }

    String title() {
        return "Scorecard " + region.name() + " " + run.year();
    }
}
