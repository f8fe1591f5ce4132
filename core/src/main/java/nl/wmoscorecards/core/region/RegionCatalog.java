package nl.wmoscorecards.core.region;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All configured regions; answers which measurement region a municipality belongs to. */
public final class RegionCatalog {
    private final List<ContractingRegion> contractingRegions;
    private final Map<String, MeasurementRegion> byMunicipality = new HashMap<>();
    private final Map<String, MeasurementRegion> byId = new LinkedHashMap<>();
    private final Map<String, ConversationsPerYear> conversationsPerYear;
    private final Map<String, ResultsFixedOn> resultsFixedOn;

    public RegionCatalog(List<ContractingRegion> contractingRegions) {
        this(contractingRegions, Map.of());
    }

    /** @param conversationsPerYear per contracting region id, how many contract-management conversations a year */
    public RegionCatalog(List<ContractingRegion> contractingRegions, Map<String, ConversationsPerYear> conversationsPerYear) {
        this(contractingRegions, conversationsPerYear, Map.of());
    }

    /** @param resultsFixedOn per contracting region id, when its results become final; others get the default */
    public RegionCatalog(List<ContractingRegion> contractingRegions, Map<String, ConversationsPerYear> conversationsPerYear,
                         Map<String, ResultsFixedOn> resultsFixedOn) {
        this.contractingRegions = List.copyOf(contractingRegions);
        this.conversationsPerYear = Map.copyOf(conversationsPerYear);
        this.resultsFixedOn = Map.copyOf(resultsFixedOn);
        for (ContractingRegion contracting : contractingRegions) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                if (byId.put(region.id(), region) != null) {
                    throw new IllegalArgumentException("measurement region " + region.id() + " is configured twice");
                }
                for (String municipality : region.municipalities().keySet()) {
                    MeasurementRegion earlier = byMunicipality.put(municipality, region);
                    if (earlier != null) {
                        throw new IllegalArgumentException("municipality " + municipality + " is in both "
                                + earlier.id() + " and " + region.id());
                    }
                }
            }
        }
    }

    public List<ContractingRegion> contractingRegions() {
        return contractingRegions;
    }

    public List<MeasurementRegion> measurementRegions() {
        return List.copyOf(byId.values());
    }

    public Optional<MeasurementRegion> measurementRegionOf(String municipalityCode) {
        return Optional.ofNullable(byMunicipality.get(municipalityCode));
    }

    public Optional<MeasurementRegion> measurementRegion(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How many contract-management conversations the region holds a year; empty when it configures none. */
    public Optional<ConversationsPerYear> conversationsPerYear(String contractingRegion) {
        return Optional.ofNullable(conversationsPerYear.get(contractingRegion));
    }

    /** When the region's results of a year become final: as configured, or {@link ResultsFixedOn#DEFAULT}. */
    public ResultsFixedOn resultsFixedOn(String contractingRegion) {
        return resultsFixedOn.getOrDefault(contractingRegion, ResultsFixedOn.DEFAULT);
    }

    public ContractingRegion contractingRegion(String id) {
        return contractingRegions.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown contracting region " + id));
    }
}
