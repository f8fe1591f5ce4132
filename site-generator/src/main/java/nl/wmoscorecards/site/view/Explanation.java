package nl.wmoscorecards.site.view;

import java.util.List;

/** How to read a scorecard: the period, the as-of date, the minimum group sizes and the source. */
public record Explanation(String period, String asOf, String minimumClients, List<String> minimumRespondents,
                          String source) {
    public Explanation {
        minimumRespondents = List.copyOf(minimumRespondents);
    }
}
