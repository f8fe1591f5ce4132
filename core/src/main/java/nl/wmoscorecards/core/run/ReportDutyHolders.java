package nl.wmoscorecards.core.run;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.region.RegionCatalog;

/**
 * Who a contracting region's report duties apply to in a year: the providers with clients in care under an
 * allocation in one of its measurement regions that year, as the year's KPI run stored them beside its results
 * ({@link KpiResultStore#providersInCare}), with KPI rows or without. A provider with only survey responses or only
 * allocations that never started owes the region no report.
 */
public final class ReportDutyHolders {
    private ReportDutyHolders() {
    }

    /** Contracting region to its providers, from the providers in care per measurement region. */
    public static Map<String, Set<String>> of(RegionCatalog regions, Map<String, Set<String>> inCareByRegion) {
        Map<String, Set<String>> holders = new TreeMap<>();
        inCareByRegion.forEach((region, inCare) -> regions.measurementRegion(region).ifPresent(m -> {
            if (!inCare.isEmpty()) {
                holders.computeIfAbsent(m.contractingRegion(), c -> new TreeSet<>()).addAll(inCare);
            }
        }));
        return holders;
    }

    /** The same, from the given measurement regions' stored run of the year. */
    public static Map<String, Set<String>> inMeasurementRegions(RegionCatalog regions, KpiResultStore store, int year,
                                                                Collection<String> measurementRegions) {
        Map<String, Set<String>> inCare = new TreeMap<>();
        measurementRegions.forEach(region -> inCare.put(region, store.providersInCare(year, region)));
        return of(regions, inCare);
    }

    /** The same, for every measurement region of the given contracting regions. */
    public static Map<String, Set<String>> stored(RegionCatalog regions, KpiResultStore store, int year,
                                                  List<ContractingRegion> contractingRegions) {
        return inMeasurementRegions(regions, store, year, contractingRegions.stream()
                .flatMap(c -> c.measurementRegions().stream()).map(MeasurementRegion::id).toList());
    }

    /** Every configured contracting region. */
    public static Map<String, Set<String>> all(RegionCatalog regions, KpiResultStore store, int year) {
        return stored(regions, store, year, regions.contractingRegions());
    }
}
