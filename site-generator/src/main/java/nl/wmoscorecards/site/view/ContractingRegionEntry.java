package nl.wmoscorecards.site.view;

import java.util.List;

/** An inkoopregio on the index with its measurement regions. */
public record ContractingRegionEntry(String id, String name, List<MeasurementRegionEntry> measurementRegions) {
    public ContractingRegionEntry {
        measurementRegions = List.copyOf(measurementRegions);
    }
}
