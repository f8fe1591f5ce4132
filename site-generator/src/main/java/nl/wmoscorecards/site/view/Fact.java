package nl.wmoscorecards.site.view;

/** One term and its explanation in a description list ("Periode": "1 januari t/m 31 december 2025"). */
public record Fact(String term, String definition) {
}
