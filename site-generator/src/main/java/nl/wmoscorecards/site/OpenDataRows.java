package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;

/**
 * The open-data rows of one scorecard, one per provider and KPI, in {@link OpenDataColumn#ALL} order. A cell is
 * text, a {@link BigDecimal} or null. Every figure is a {@link PublishedResult}'s, as the publication policy made
 * it for the edition (in the public edition rounded as the page shows it); a withheld figure is an empty cell,
 * and the column "toelichting" says why when the value is the one withheld.
 */
final class OpenDataRows {
    private OpenDataRows() {
    }

    static List<List<Object>> of(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatus status) {
        List<List<Object>> rows = new ArrayList<>();
        for (String provider : plan.providersOn(page)) {
            Map<String, PublishedResult> results = page.resultsOf(provider);
            for (KpiDefinition kpi : page.catalog().kpis()) {
                PublishedResult r = results.get(kpi.id());
                if (r == null) {
                    continue;
                }
                Unit unit = Unit.of(kpi.unit());
                rows.add(Arrays.asList(page.region().id(), page.region().name(), number(r.year()), status.word(),
                        status.fixedOn().toString(), provider, model.providerLabel(provider), kpi.id(), kpi.name(),
                        unit.openDataName(),
                        kpi.norm() == null || kpi.norm().target() == null ? null : plain(kpi.norm().target()),
                        String.join("; ", plan.column(kpi).bandRanges()),
                        r.measured() ? "ja" : "nee",
                        ScorecardCells.note(r),
                        r.value().orNull(),
                        r.band() == null ? null : r.band().dutchLabel(),
                        r.band() == null ? null : r.band().meetsNorm() ? "ja" : "nee",
                        unit.hasPopulation() ? number(r.population()) : null,
                        number(r.clients()),
                        number(r.respondents())));
            }
        }
        return rows;
    }

    /** A withheld figure is an empty cell: its number is not in the figure to write. */
    private static BigDecimal number(Figure<? extends Number> figure) {
        Number value = figure.orNull();
        return value == null ? null : BigDecimal.valueOf(value.longValue());
    }

    /** The norm as written in the catalogue, without trailing zeros and never in exponent form (80, not 8E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }
}
