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
 * @param causes causes of non-achievement with their counts, empty when none apply
 */
public record ScorecardCell(String state, String value, List<String> counts, StatusBadge badge, String note,
                            List<String> causes) {
    public ScorecardCell {
        counts = List.copyOf(counts);
        causes = List.copyOf(causes);
    }
}
