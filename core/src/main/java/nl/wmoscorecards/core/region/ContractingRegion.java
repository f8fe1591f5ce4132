package nl.wmoscorecards.core.region;

import java.util.List;

/** An inkoopregio: municipalities that buy Wmo support together, split into measurement regions. */
public record ContractingRegion(String id, String name, List<MeasurementRegion> measurementRegions) {
    public ContractingRegion {
        measurementRegions = List.copyOf(measurementRegions);
    }
}
