package nl.wmoscorecards.core.kpi;

import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * Everything a measure may look at beyond {@link MeasureInput}: which provider and measurement region it
 * scores, every countable allocation in that region (to see where a provider's clients went next), and the
 * provider's reports.
 */
public record MeasureContext(
        MeasureInput input,
        MeasurementRegion region,
        String provider,
        List<Allocation> regionAllocations,
        ProviderReports reports,
        RegionClients regionClients) {

    public MeasureContext {
        regionAllocations = List.copyOf(regionAllocations);
        reports = reports == null ? ProviderReports.NONE : reports;
        regionClients = regionClients == null ? new RegionClients(regionAllocations) : regionClients;
    }

    /** A context that indexes the region's allocations by client itself (one provider, or tests). */
    public MeasureContext(MeasureInput input, MeasurementRegion region, String provider,
                          List<Allocation> regionAllocations, ProviderReports reports) {
        this(input, region, provider, regionAllocations, reports, null);
    }

    /** The client's allocations in the region (every provider). */
    public List<Allocation> regionAllocationsOfClient(String client) {
        return regionClients.of(client);
    }

    /** A context with only the provider's own allocations and responses, for callers of the old signature. */
    public static MeasureContext of(MeasureInput input) {
        return new MeasureContext(input, null, null, input.allocations(), ProviderReports.NONE);
    }

    /** The same provider and region over another input (e.g. an earlier year's survey responses). */
    MeasureContext withInput(MeasureInput other) {
        return new MeasureContext(other, region, provider, regionAllocations, reports, regionClients);
    }

    public int year() {
        return input.year();
    }

    /** True for a municipality in the scored region; an empty municipality (a provider-wide row) counts too. */
    public boolean coversMunicipality(String municipality) {
        return municipality == null || region == null || region.contains(municipality);
    }
}
