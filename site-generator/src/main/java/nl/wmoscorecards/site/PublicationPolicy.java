package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * What may be published, decided once before anything is rendered, so pages, charts and data files
 * cannot disagree. The PUBLIC edition keeps aggregates only:
 * <ul>
 *   <li>a group that was not measured keeps its reason and loses every count (numerator, n, clients,
 *       respondents);</li>
 *   <li>a breakdown (causes of non-achievement, counts per municipality or per reason) is published only when
 *       every part reaches the region's minimum group size. Suppressing just the small one would not do: the
 *       total follows from n and the value, so it would be that total minus the parts shown.</li>
 *   <li>a KPI that is itself a count of clients or their allocations (inflow, outflow, the waiting list) is a
 *       group too: below the minimum it is published as "fewer than the minimum", without the number;</li>
 *   <li>the number of clients in care is shown only from the minimum up (a KPI about the organisation, such as
 *       staff, may be measured with fewer clients; its cell then shows no client count).</li>
 * </ul>
 * The site publishes no other totals (no sums over providers or regions), so nothing else can be derived.
 */
final class PublicationPolicy {
    static final int DEFAULT_MINIMUM = 10;
    /** Measures whose value is a number of clients or of their allocations. */
    private static final Set<String> CLIENT_COUNTS = Set.of("inflow", "throughflow", "outflow", "outflow-by-reason",
            "waiting-list");

    private PublicationPolicy() {
    }

    static SiteModel apply(SiteModel model) {
        if (model.edition() == Edition.INTERNAL) {
            return model;
        }
        List<KpiRun> runs = model.runs().stream().map(run -> publishable(model, run)).toList();
        return model.withRuns(runs);
    }

    private static KpiRun publishable(SiteModel model, KpiRun run) {
        List<KpiResult> kept = new ArrayList<>(run.results().size());
        for (KpiResult result : run.results()) {
            Optional<KpiCatalog> catalog = catalogOf(model, result);
            int minimum = catalog.map(KpiCatalog::minimumClients).orElse(DEFAULT_MINIMUM);
            boolean countsClients = catalog.flatMap(c -> c.kpis().stream().filter(k -> k.id().equals(result.kpi()))
                    .findFirst()).map(k -> CLIENT_COUNTS.contains(k.measure())).orElse(false);
            kept.add(publishable(result, minimum, countsClients));
        }
        return new KpiRun(run.year(), run.asOf(), run.computedAt(), kept);
    }

    static KpiResult publishable(KpiResult r, int minimum, boolean countsClients) {
        if (!r.measured()) {
            return new KpiResult(r.year(), r.region(), r.provider(), r.kpi(), r.notMeasured(), null, null, 0, 0,
                    null, null, Map.of(), r.surveyYear());
        }
        if (countsClients && r.value() != null && r.value() < minimum) {
            // Measured, but the count itself would show a group below the minimum: no value, no band.
            return new KpiResult(r.year(), r.region(), r.provider(), r.kpi(), null, null, null,
                    r.denominator(), r.clients(), r.respondents(), null, Map.of(), r.surveyYear());
        }
        boolean causesPublishable = r.causes().values().stream().allMatch(count -> count >= minimum);
        return causesPublishable ? r : new KpiResult(r.year(), r.region(), r.provider(), r.kpi(), null,
                r.value(), r.numerator(), r.denominator(), r.clients(), r.respondents(), r.band(), Map.of(), r.surveyYear());
    }

    /** Whether the public edition leaves out a result's counts: unmeasured, or fewer clients in care than the minimum. */
    static boolean hidesCounts(SiteModel model, KpiResult result) {
        return model.edition() == Edition.PUBLIC && (!result.measured()
                || result.clients() < catalogOf(model, result).map(KpiCatalog::minimumClients).orElse(DEFAULT_MINIMUM));
    }

    private static Optional<KpiCatalog> catalogOf(SiteModel model, KpiResult result) {
        return model.config().regions().measurementRegion(result.region())
                .map(MeasurementRegion::contractingRegion)
                .flatMap(contracting -> model.config().kpiCatalog(contracting, result.year()));
    }
}
