package nl.wmoscorecards.core.region;

import java.util.Map;

/**
 * A meetregio: the unit over which KPI results are set. Municipalities by gemeentecode, with their names.
 */
public record MeasurementRegion(
        String id,
        String name,
        String contractingRegion,
        Map<String, String> municipalities) {

    public MeasurementRegion {
        municipalities = Map.copyOf(municipalities);
    }

    public boolean contains(String municipalityCode) {
        return municipalities.containsKey(municipalityCode);
    }
}
