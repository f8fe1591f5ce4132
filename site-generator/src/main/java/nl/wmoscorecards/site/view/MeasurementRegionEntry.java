package nl.wmoscorecards.site.view;

import java.util.List;

/** A meetregio on the index with the one-line state of its newest scorecard and its scorecards, newest first. */
public record MeasurementRegionEntry(String name, String state, List<ScorecardLink> scorecards) {
    public MeasurementRegionEntry {
        scorecards = List.copyOf(scorecards);
    }
}
