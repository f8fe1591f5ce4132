package nl.wmoscorecards.site.view;

/** A link from the index to one year's scorecard of a measurement region. */
public record ScorecardLink(String year, String href, String providerCount) {
}
