package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * One KPI column: its name, its norm in short ("norm: ≥ 65%") for the header, and for the explanation
 * its description and every band's range.
 */
public record KpiColumn(String id, String name, String normText, String description, List<String> bandRanges) {
    public KpiColumn {
        bandRanges = List.copyOf(bandRanges);
    }
}
