package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * One KPI column: its name, its norm in short ("norm: ≥ 65%") for the header, and for the explanation
 * its description and every band's range; href links to the KPI's page.
 */
public record KpiColumn(String id, String name, String normText, String description, List<String> bandRanges,
                        String href) {
    public KpiColumn {
        bandRanges = List.copyOf(bandRanges);
    }

    public KpiColumn withHref(String link) {
        return new KpiColumn(id, name, normText, description, bandRanges, link);
    }
}
