package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * A KPI's page: definition, norm and bands, period, method, source, why comparing needs care, and the newest
 * year's values of every measured provider (comparison; null when no scorecard has the KPI).
 */
public record KpiView(PageInfo page, String heading, String contractingRegionName, String description,
                      List<Fact> facts, List<String> bandRanges, String normText, List<String> caveats,
                      List<LinkItem> scorecards, KpiComparisonView comparison) {
    public KpiView {
        facts = List.copyOf(facts);
        bandRanges = List.copyOf(bandRanges);
        caveats = List.copyOf(caveats);
        scorecards = List.copyOf(scorecards);
    }
}
