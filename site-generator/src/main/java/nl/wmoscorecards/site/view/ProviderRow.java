package nl.wmoscorecards.site.view;

import java.util.List;

/** One table row: a provider (name or AGB code) and one cell per KPI column, in column order. */
public record ProviderRow(String provider, List<ScorecardCell> cells) {
    public ProviderRow {
        cells = List.copyOf(cells);
    }
}
