package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * How to read a scorecard: the period, the as-of date, the minimum group sizes, the source, and the legend that
 * tells the cells without a value apart ("geen gegevens", "niet gemeten (...)", "vóór de contractfase", ...).
 */
public record Explanation(String period, String asOf, String minimumClients, List<String> minimumRespondents,
                          String source, List<Fact> legend) {
    public Explanation {
        minimumRespondents = List.copyOf(minimumRespondents);
        legend = List.copyOf(legend);
    }
}
