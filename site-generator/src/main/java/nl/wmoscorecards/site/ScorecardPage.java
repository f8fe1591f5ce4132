package nl.wmoscorecards.site;

import java.util.List;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;

/** One scorecard to generate: a measurement region in one run's year, with its catalogue and results. */
record ScorecardPage(ContractingRegion contractingRegion, MeasurementRegion region, KpiRun run, KpiCatalog catalog,
                     List<KpiResult> results) {

    ScorecardPage {
        results = List.copyOf(results);
    }

    String path() {
        return SitePaths.scorecardPage(region.id(), run.year());
    }

    long providerCount() {
        return results.stream().map(KpiResult::provider).distinct().count();
    }
}
