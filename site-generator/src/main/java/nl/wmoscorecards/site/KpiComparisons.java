package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.DotChart;
import nl.wmoscorecards.site.view.KpiComparisonView;
import nl.wmoscorecards.site.view.MedianCell;

/**
 * The comparison on a KPI page: in the newest year with a scorecard that has the KPI, every provider with a
 * published value in each of the contracting region's measurement regions, highest value first, against the
 * bands. Reads the published model only, like every renderer.
 */
final class KpiComparisons {
    static final List<String> HEADERS = List.of("Zorgaanbieder", "Nr. in grafiek", "Meetregio", "Waarde", "Beoordeling",
            "Mediaan meetregio");

    static final List<String> REGION_HEADERS = List.of("Meetregio", "Nr. in grafiek", "Mediaan",
            "Zorgaanbieders met een waarde");
    /** Above this many values the page shows a median per measurement region instead of every provider. */
    static final int MAXIMUM_PROVIDER_ROWS = 250;

    private KpiComparisons() {
    }

    private record Row(ScorecardPage page, String provider, PublishedResult result, double value) {
    }

    /** Null when no scorecard of the contracting region has the KPI. */
    static KpiComparisonView of(SiteModel model, SitePlan plan, Comparisons comparisons, ContractingRegion contracting,
                                KpiDefinition kpi) {
        List<ScorecardPage> withKpi = plan.pages().stream()
                .filter(p -> p.contractingRegion().id().equals(contracting.id()))
                .filter(p -> p.catalog().kpis().stream().anyMatch(k -> k.id().equals(kpi.id()))).toList();
        int year = withKpi.stream().mapToInt(p -> p.run().year()).max().orElse(-1);
        if (year < 0) {
            return null;
        }
        List<ScorecardPage> pages = withKpi.stream().filter(p -> p.run().year() == year).toList();
        List<Row> rows = new ArrayList<>();
        List<String> medians = new ArrayList<>();
        for (ScorecardPage page : pages) {
            for (String provider : plan.providersOn(page)) {
                PublishedResult result = page.resultsOf(provider).get(kpi.id());
                Double value = Comparisons.shownValue(result);
                if (value != null) {
                    rows.add(new Row(page, provider, result, value));
                }
            }
            medians.add(page.region().name() + ": " + medianText(kpi, comparisons.median(page, kpi.id())));
        }
        if (rows.size() > MAXIMUM_PROVIDER_ROWS) {
            return perRegion(contracting, kpi, year, pages, comparisons, rows.size(), medians);
        }
        // Stable over region order, then name order: equal values keep that order.
        rows.sort(Comparator.comparingDouble(Row::value).reversed());
        List<List<String>> cells = new ArrayList<>();
        List<DotCharts.Value> dots = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String number = Integer.toString(i + 1);
            String value = DutchFormat.value(row.value(), kpi.unit());
            String label = model.providerLabel(row.provider());
            cells.add(List.of(label, number, row.page().region().name(), value,
                    row.result().band() == null ? "geen oordeel" : row.result().band().dutchLabel(),
                    medianText(kpi, comparisons.median(row.page(), kpi.id()))));
            dots.add(new DotCharts.Value(number, row.value(),
                    label + " (" + row.page().region().name() + "): " + value));
        }
        String heading = "Resultaten " + year + " per zorgaanbieder";
        String lead = rows.isEmpty()
                ? "In " + year + " heeft geen zorgaanbieder een gepubliceerde waarde op deze KPI."
                : "Elke zorgaanbieder met een gepubliceerde waarde in " + year + ", in alle meetregio's van "
                + contracting.name() + ", van hoogste naar laagste waarde. Niet gemeten zorgaanbieders staan er niet "
                + "bij. Een zorgaanbieder die in meer meetregio's werkt, staat er per meetregio. Vergelijk een waarde "
                + "vooral met de mediaan van de eigen meetregio: meetregio's verschillen in cliëntgroepen.";
        DotChart chart = rows.isEmpty() ? null : DotCharts.of("kpi-" + contracting.id() + "-" + kpi.id(),
                kpi.name() + " per zorgaanbieder, " + contracting.name() + " " + year, kpi, dots, "zorgaanbieder");
        DataTable table = new DataTable(kpi.name() + " per zorgaanbieder en meetregio, " + year, HEADERS, cells);
        return new KpiComparisonView(heading, lead, chart, table, medians);
    }

    /**
     * Too many values for one readable list (a contracting region with many measurement regions): the chart and
     * table show each measurement region's median instead; every provider stays in the rankings per scorecard.
     */
    private static KpiComparisonView perRegion(ContractingRegion contracting, KpiDefinition kpi, int year,
                                               List<ScorecardPage> pages, Comparisons comparisons, int values,
                                               List<String> medians) {
        List<List<String>> cells = new ArrayList<>();
        List<DotCharts.Value> dots = new ArrayList<>();
        for (ScorecardPage page : pages) {
            Comparisons.Median median = comparisons.median(page, kpi.id());
            if (median.published()) {
                String number = Integer.toString(dots.size() + 1);
                String value = DutchFormat.value(median.value(), kpi.unit());
                cells.add(List.of(page.region().name(), number, value, Integer.toString(median.providers())));
                dots.add(new DotCharts.Value(number, median.value(), page.region().name() + ": " + value));
            }
        }
        String lead = "In " + year + " hebben " + values + " zorgaanbieders in de meetregio's van " + contracting.name()
                + " een gepubliceerde waarde: te veel voor één lijst. Hieronder staat de mediaan per meetregio; de "
                + "zorgaanbieders van hoogste naar laagste waarde staan per meetregio onder de scorecard.";
        DotChart chart = dots.isEmpty() ? null : DotCharts.of("kpi-" + contracting.id() + "-" + kpi.id(),
                kpi.name() + ", mediaan per meetregio, " + contracting.name() + " " + year, kpi, dots,
                "meetregio (de mediaan)");
        return new KpiComparisonView("Resultaten " + year + " per meetregio", lead, chart,
                new DataTable(kpi.name() + ", mediaan per meetregio, " + year, REGION_HEADERS, cells), medians);
    }

    private static String medianText(KpiDefinition kpi, Comparisons.Median median) {
        MedianCell cell = ComparisonViews.median(kpi, median);
        return cell.value() == null ? cell.note() : cell.value() + " (" + cell.note() + ")";
    }
}
