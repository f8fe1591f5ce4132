package nl.wmoscorecards.core.run;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.region.RegionCatalog;

/**
 * Who a contracting region's report duties apply to in a year: the providers with clients in care under an
 * allocation in the region that year, as the year's KPI run counted them (clients in care above zero in one of
 * the region's measurement regions). A provider with only survey responses or only allocations that never
 * started owes the region no report.
 */
public final class ReportDutyHolders {
    private ReportDutyHolders() {
    }

    /** Contracting region to its providers, from results in memory. */
    public static Map<String, Set<String>> of(RegionCatalog regions, Collection<KpiResult> results) {
        Map<String, Set<String>> holders = new TreeMap<>();
        for (KpiResult r : results) {
            if (r.clients() > 0) {
                regions.measurementRegion(r.region()).ifPresent(m ->
                        holders.computeIfAbsent(m.contractingRegion(), c -> new TreeSet<>()).add(r.provider()));
            }
        }
        return holders;
    }

    /** The same, for the given contracting regions, from the stored results of the year. */
    public static Map<String, Set<String>> stored(RegionCatalog regions, KpiResultStore store, int year,
                                                  List<ContractingRegion> contractingRegions) {
        Map<String, Set<String>> holders = new TreeMap<>();
        for (ContractingRegion contracting : contractingRegions) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                of(regions, store.results(year, region.id())).forEach((c, providers) ->
                        holders.computeIfAbsent(c, x -> new TreeSet<>()).addAll(providers));
            }
        }
        return holders;
    }
}
