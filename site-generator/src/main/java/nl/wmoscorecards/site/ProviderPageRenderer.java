package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.EscalationView;
import nl.wmoscorecards.site.view.KpiColumn;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.ProviderRow;
import nl.wmoscorecards.site.view.ProviderView;
import nl.wmoscorecards.site.view.ScorecardCell;
import nl.wmoscorecards.site.view.TrendChart;

/**
 * Writes aanbieders/{agb}.html for every provider on a scorecard (each region it is scored in, a row per
 * year and a trend chart per KPI; in the internal edition its escalations, report delivery and dossiers); the
 * index is {@link ProviderIndexes}.
 */
final class ProviderPageRenderer {
    static final String TEMPLATE = "provider.ftlh";

    void render(SiteModel model, SitePlan plan, String provider, SiteWriter out) throws IOException {
        ProviderView view = view(model, plan, provider);
        if (plan.providersWithEscalationsOnly().contains(provider)) {
            // Reached from the escalation overview; out of the sitemap, so a new escalation changes only its pages.
            out.unlistedPage(TEMPLATE, view, SitePaths.providerPage(provider));
        } else {
            out.page(TEMPLATE, view, SitePaths.providerPage(provider), view.heading());
        }
    }

    static ProviderView view(SiteModel model, SitePlan plan, String provider) {
        String path = SitePaths.providerPage(provider);
        String root = SitePaths.rootFrom(path);
        String label = model.providerLabel(provider);
        List<ProviderView.RegionSection> sections = new ArrayList<>();
        for (Map.Entry<MeasurementRegion, List<ScorecardPage>> entry : plan.pagesOfProvider(provider).entrySet()) {
            sections.add(section(model, plan, entry.getKey(), entry.getValue(), provider, root));
        }
        List<EscalationView> escalations = model.internal().escalationsOf(provider).stream()
                .sorted(EscalationViews.order(model)).map(e -> EscalationViews.of(model, plan, e, root)).toList();
        List<DownloadLink> dossiers = model.internal().dossiersOf(provider).stream()
                .map(d -> new DownloadLink(root + SitePaths.dossier(provider, d.year()),
                        "Dossier contractmanagementgesprek " + d.year(), "Markdown")).toList();
        return new ProviderView(PageInfos.of(model, path, label), label, provider, sections, escalations,
                internalSections(model, provider), dossiers);
    }

    private static ProviderView.RegionSection section(SiteModel model, SitePlan plan, MeasurementRegion region,
                                                      List<ScorecardPage> newestFirst, String provider, String root) {
        ScorecardPage newest = newestFirst.get(0);
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        newestFirst.forEach(page -> page.catalog().kpis().forEach(kpi -> kpis.putIfAbsent(kpi.id(), kpi)));
        List<KpiColumn> columns = kpis.values().stream().map(kpi -> plan.column(kpi)
                .withHref(root + SitePaths.kpiPage(newest.contractingRegion().id(), kpi.id()))).toList();
        List<ProviderRow> rows = new ArrayList<>();
        for (ScorecardPage page : newestFirst) {
            ScorecardCells cells = new ScorecardCells(page.region());
            Map<String, PublishedResult> results = page.resultsOf(provider);
            List<ScorecardCell> row = kpis.values().stream()
                    .map(kpi -> results.containsKey(kpi.id()) ? cells.of(kpi, results.get(kpi.id())) : cells.noData())
                    .toList();
            rows.add(new ProviderRow(Integer.toString(page.run().year()), root + page.path(), row));
        }
        List<Integer> years = newestFirst.stream().map(p -> p.run().year()).sorted().toList();
        List<TrendChart> charts = new ArrayList<>();
        List<String> withoutValues = new ArrayList<>();
        for (KpiDefinition kpi : kpis.values()) {
            Map<Integer, PublishedResult> byYear = new HashMap<>();
            newestFirst.forEach(page -> {
                PublishedResult result = page.resultsOf(provider).get(kpi.id());
                if (result != null) {
                    byYear.put(page.run().year(), result);
                }
            });
            TrendChart chart = TrendCharts.of("trend-" + region.id() + "-" + kpi.id(), kpi, years, byYear, region.name());
            if (chart.points().isEmpty()) {
                withoutValues.add(kpi.name());
            } else {
                charts.add(chart);
            }
        }
        List<LinkItem> scorecards = newestFirst.stream()
                .map(p -> new LinkItem(root + p.path(), p.title(), null)).toList();
        String caption = "KPI-resultaten per jaar, " + model.providerLabel(provider) + ", meetregio " + region.name();
        return new ProviderView.RegionSection(region.id(), region.name(), newest.contractingRegion().name(), caption,
                columns, rows, charts, withoutValues, scorecards);
    }

    /** Internal only: the model holds no internal data in the public edition, so this stays empty there. */
    private static List<DataTable> internalSections(SiteModel model, String provider) {
        List<ReportDelivery> deliveries = model.internal().deliveriesOf(provider);
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = deliveries.stream()
                .sorted(Comparator.comparingInt(ReportDelivery::year).reversed()
                        .thenComparing(d -> d.contractingRegion() == null ? "" : d.contractingRegion())
                        .thenComparing(ReportDelivery::reportType))
                .map(d -> List.of(regionName(model, d.contractingRegion()), reportTypeName(model, d.reportType()),
                        Integer.toString(d.year()), DutchFormat.date(d.due()), d.state().dutchLabel(),
                        d.delivered() == null ? "—" : DutchFormat.date(d.delivered()),
                        d.escalatesOn() == null ? "nee, alleen monitoring" : "vanaf " + DutchFormat.date(d.escalatesOn())))
                .toList();
        return List.of(new DataTable("Verplichte rapportages per inkoopregio (prestatieafspraken), "
                + model.providerLabel(provider),
                List.of("Inkoopregio", "Rapportage", "Over jaar", "Uiterlijk", "Stand", "Geleverd op", "Escalatie"), rows));
    }

    private static String regionName(SiteModel model, String id) {
        return id == null ? "—" : model.config().regions().contractingRegions().stream()
                .filter(c -> c.id().equals(id)).map(c -> c.name()).findFirst().orElse(id);
    }

    private static String reportTypeName(SiteModel model, String id) {
        return model.config().reportTypes().type(id).map(ReportType::name).orElse(id);
    }
}
