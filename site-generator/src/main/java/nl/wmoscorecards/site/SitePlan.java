package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * Which scorecards exist: a measurement region gets a page for a year when that year's run has results
 * for it and its contracting region has a KPI catalogue for the year. Runs newest year first.
 */
final class SitePlan {
    private final List<KpiRun> runsNewestFirst;
    private final List<ScorecardPage> pages;

    SitePlan(SiteModel model) {
        this.runsNewestFirst = model.runs().stream().sorted(Comparator.comparingInt(KpiRun::year).reversed()).toList();
        List<ScorecardPage> planned = new ArrayList<>();
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                for (KpiRun run : runsNewestFirst) {
                    Optional<KpiCatalog> catalog = model.config().kpiCatalog(contracting.id(), run.year());
                    List<KpiResult> results = run.results().stream()
                            .filter(r -> r.region().equals(region.id())).toList();
                    if (catalog.isPresent() && !results.isEmpty()) {
                        planned.add(new ScorecardPage(contracting, region, run, catalog.get(), results));
                    }
                }
            }
        }
        this.pages = List.copyOf(planned);
    }

    List<KpiRun> runsNewestFirst() {
        return runsNewestFirst;
    }

    /** In config order of regions, each region's years newest first. */
    List<ScorecardPage> pages() {
        return pages;
    }

    List<ScorecardPage> pagesOf(MeasurementRegion region) {
        return pages.stream().filter(p -> p.region().id().equals(region.id())).toList();
    }
}
