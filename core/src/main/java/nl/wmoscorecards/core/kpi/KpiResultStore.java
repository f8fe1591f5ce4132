package nl.wmoscorecards.core.kpi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * KPI results per year and measurement region, so that a scorecard is one query. A run is written region by
 * region (each region can be measured by its own worker) and then recorded.
 */
public interface KpiResultStore {

    /**
     * Replaces one region's results of the year (rows of that region the new results no longer have go) and the
     * providers with clients in care there that year, KPI rows or not: who owes the contracting region its reports.
     */
    void replaceRegion(int year, String measurementRegion, List<KpiResult> results, Set<String> providersInCare);

    /** The same, with the providers in care read from the results (clients in care above zero). */
    default void replaceRegion(int year, String measurementRegion, List<KpiResult> results) {
        replaceRegion(year, measurementRegion, results, inCareOf(results));
    }

    /**
     * The providers with clients in care in the region that year, as stored with its results. For results stored
     * without that fact (before it was kept), the providers whose results count clients in care.
     */
    Set<String> providersInCare(int year, String measurementRegion);

    /** Providers whose results count clients in care: those in care that have at least one KPI row. */
    static Set<String> inCareOf(List<KpiResult> results) {
        return results.stream().filter(r -> r.clients() > 0).map(KpiResult::provider)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Records a run whose regions were replaced one by one. Regions an earlier run of the year recorded that
     * this run did not measure (no longer configured) lose their results, so the year holds this run only.
     */
    void recordRun(KpiRun run, Set<String> measuredRegions);

    /** Stores a whole run at once; it replaces every earlier result of the same year. */
    default void save(KpiRun run) {
        Map<String, List<KpiResult>> byRegion = run.results().stream()
                .collect(Collectors.groupingBy(KpiResult::region, TreeMap::new, Collectors.toList()));
        byRegion.forEach((region, results) -> replaceRegion(run.year(), region, results));
        recordRun(run, byRegion.keySet());
    }

    List<KpiResult> results(int year, String measurementRegion);

    /** The runs stored, newest year first, without their results. */
    List<KpiRun> runs();

    Optional<KpiRun> run(int year);
}
