package nl.wmoscorecards.site.view;

import java.util.List;

/**
 * One table row: its label (a provider's name or AGB code, or a year) with an optional link, and one cell
 * per KPI column, in column order.
 */
public record ProviderRow(String provider, String href, List<ScorecardCell> cells) {
    public ProviderRow {
        cells = List.copyOf(cells);
    }
}
