package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.Explanation;
import nl.wmoscorecards.site.view.KpiColumn;
import nl.wmoscorecards.site.view.PageInfo;
import nl.wmoscorecards.site.view.ProviderRow;
import nl.wmoscorecards.site.view.ResultStatusView;
import nl.wmoscorecards.site.view.ScorecardCell;
import nl.wmoscorecards.site.view.ScorecardView;

/** Writes regio/{measurementRegionId}/{year}.html: the scorecard table and how to read it. */
final class ScorecardPageRenderer {
    static final String TEMPLATE = "scorecard.ftlh";

    void render(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatusView status, SiteWriter out)
            throws IOException {
        out.page(TEMPLATE, view(model, plan, page, status), page.path(), page.title());
    }

    static ScorecardView view(SiteModel model, SitePlan plan, ScorecardPage page, ResultStatusView status) {
        String root = SitePaths.rootFrom(page.path());
        int year = page.run().year();
        String regionName = page.region().name();
        PageInfo info = PageInfos.of(model, page.path(), page.title());
        List<KpiDefinition> kpis = page.catalog().kpis();
        List<KpiColumn> columns = kpis.stream().map(kpi -> KpiColumns.of(kpi)
                .withHref(root + SitePaths.kpiPage(page.contractingRegion().id(), kpi.id()))).toList();
        String caption = "KPI-resultaten per zorgaanbieder, meetregio " + regionName + ", " + year;
        List<DownloadLink> data = OpenDataPageRenderer.downloads(root, page);
        return new ScorecardView(info, page.title(), page.contractingRegion().name(),
                caption, columns, rows(model, plan, page, kpis, root), explanation(page, kpis), data, status);
    }

    private static List<ProviderRow> rows(SiteModel model, SitePlan plan, ScorecardPage page, List<KpiDefinition> kpis,
                                          String root) {
        ScorecardCells cells = new ScorecardCells(page.catalog(), page.region(), model.edition());
        List<ProviderRow> rows = new ArrayList<>();
        for (String provider : plan.providers()) {
            Map<String, KpiResult> results = page.resultsOf(provider);
            if (results.isEmpty()) {
                continue;
            }
            List<ScorecardCell> row = kpis.stream()
                    .map(kpi -> results.containsKey(kpi.id()) ? cells.of(kpi, results.get(kpi.id())) : cells.noData())
                    .toList();
            rows.add(new ProviderRow(model.providerLabel(provider), root + SitePaths.providerPage(provider), row));
        }
        return rows;
    }

    static Explanation explanation(ScorecardPage page, List<KpiDefinition> kpis) {
        int year = page.run().year();
        List<String> respondents = kpis.stream().filter(k -> k.minimumRespondents() != null)
                .map(k -> k.name() + ": ook minstens " + k.minimumRespondents() + " respondenten")
                .toList();
        return new Explanation("1 januari t/m 31 december " + year, DutchFormat.date(page.run().asOf()),
                "minstens " + page.catalog().minimumClients() + " cliënten in zorg in de meetregio",
                respondents, page.catalog().source());
    }
}
