package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * One provider's score on one KPI.
 *
 * @param state  {@code measured}, {@code not-measured} or {@code no-data}; also the cell's CSS modifier
 * @param value  the formatted value, null unless measured
 * @param counts group sizes ("n = 24", "30 cliënten in zorg"); empty when they must not be published
 * @param badge  the band, null when not measured or the KPI has no norm
 * @param note   why there is no value ("niet gemeten (...)", "geen gegevens"), else null
 * @param breakdownLabel what the breakdown is split by ("Oorzaak niet behaald", "Per gemeente"), null without one
 * @param breakdown      the parts with their counts ("cliënt 5"), empty when none may be shown
 * @param previous       the value of the year before with its change mark; null where there is no earlier scorecard
 */
public record ScorecardCell(String state, String value, List<String> counts, StatusBadge badge, String note,
                            String breakdownLabel, List<String> breakdown, PreviousValue previous) {
    public ScorecardCell {
        counts = List.copyOf(counts);
        breakdown = List.copyOf(breakdown);
    }

    public ScorecardCell(String state, String value, List<String> counts, StatusBadge badge, String note,
                         String breakdownLabel, List<String> breakdown) {
        this(state, value, counts, badge, note, breakdownLabel, breakdown, null);
    }

    public ScorecardCell withPrevious(PreviousValue earlier) {
        return new ScorecardCell(state, value, counts, badge, note, breakdownLabel, breakdown, earlier);
    }
}
