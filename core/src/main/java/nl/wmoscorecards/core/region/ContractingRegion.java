package nl.wmoscorecards.core.region;

import java.util.List;

/**
 * An inkoopregio: municipalities that buy Wmo support together, split into measurement regions, with the
 * phase in which its contract is in force.
 */
public record ContractingRegion(String id, String name, List<MeasurementRegion> measurementRegions,
                                ContractPhase contractPhase) {
    public ContractingRegion {
        measurementRegions = List.copyOf(measurementRegions);
        if (contractPhase == null) {
            throw new IllegalArgumentException("contracting region " + id + " needs a contractPhase (start date)");
        }
    }
}
