package nl.wmoscorecards.site.view;

import java.util.List;

/** A meetregio on the index with its scorecards, newest year first. */
public record MeasurementRegionEntry(String name, List<ScorecardLink> scorecards) {
    public MeasurementRegionEntry {
        scorecards = List.copyOf(scorecards);
    }
}
