package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;

/**
 * The open-data rows of one scorecard, one per provider and KPI, in {@link OpenDataColumn#ALL} order. A cell is
 * text, a {@link BigDecimal} (rounded as the page shows it) or null. Every figure is the one the page shows,
 * after the publication policy; a count the page does not show is not here either.
 */
final class OpenDataRows {
    private OpenDataRows() {
    }

    static List<List<Object>> of(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatus status) {
        ScorecardCells cells = new ScorecardCells(page.catalog(), page.region(), model.edition());
        boolean showUnmeasuredCounts = !model.edition().suppressesUnmeasuredCounts();
        List<List<Object>> rows = new ArrayList<>();
        for (String provider : plan.providers()) {
            Map<String, KpiResult> results = page.resultsOf(provider);
            for (KpiDefinition kpi : page.catalog().kpis()) {
                KpiResult r = results.get(kpi.id());
                if (r == null) {
                    continue;
                }
                Unit unit = Unit.of(kpi.unit());
                boolean counts = r.measured() || showUnmeasuredCounts;
                Band band = r.band() == null ? null : Band.fromCode(r.band());
                rows.add(Arrays.asList(page.region().id(), page.region().name(), number(r.year()), status.word(),
                        status.fixedOn().toString(), provider, model.providerLabel(provider), kpi.id(), kpi.name(),
                        unit.openDataName(),
                        kpi.norm() == null || kpi.norm().target() == null ? null : kpi.norm().target().stripTrailingZeros(),
                        String.join("; ", KpiColumns.bandRanges(kpi)),
                        r.measured() ? "ja" : "nee",
                        cells.note(kpi, r),
                        r.value() == null ? null : unit.rounded(BigDecimal.valueOf(r.value())),
                        band == null ? null : band.dutchLabel(),
                        band == null ? null : band.meetsNorm() ? "ja" : "nee",
                        counts && unit.hasPopulation() ? number(r.denominator()) : null,
                        counts && cells.showsClients(r) ? number(r.clients()) : null,
                        counts && r.respondents() != null ? number(r.respondents()) : null));
            }
        }
        return rows;
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }
}
