package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.Explanation;
import nl.wmoscorecards.site.view.KpiColumn;
import nl.wmoscorecards.site.view.PageInfo;
import nl.wmoscorecards.site.view.ProviderRow;
import nl.wmoscorecards.site.view.ScorecardCell;
import nl.wmoscorecards.site.view.ScorecardView;

/** Writes regio/{measurementRegionId}/{year}.html: the scorecard table and how to read it. */
final class ScorecardPageRenderer {
    static final String TEMPLATE = "scorecard.ftlh";
    private final TemplateWriter templates;

    ScorecardPageRenderer(TemplateWriter templates) {
        this.templates = templates;
    }

    Path render(SiteModel model, ScorecardPage page, Path outDir) throws IOException {
        return templates.write(TEMPLATE, view(model, page), outDir, page.path());
    }

    static ScorecardView view(SiteModel model, ScorecardPage page) {
        String root = SitePaths.rootFrom(page.path());
        int year = page.run().year();
        String regionName = page.region().name();
        PageInfo info = new PageInfo("Scorecard " + regionName + " " + year,
                root, root + SitePaths.STYLESHEET, root + SitePaths.INDEX);
        List<KpiDefinition> kpis = page.catalog().kpis();
        List<KpiColumn> columns = kpis.stream().map(KpiColumns::of).toList();
        String caption = "KPI-resultaten per zorgaanbieder, meetregio " + regionName + ", " + year;
        DownloadLink data = new DownloadLink(root + SitePaths.dataFile(year),
                "KPI-resultaten " + year + ", alle regio's", "JSON");
        return new ScorecardView(info, "Scorecard " + regionName + " " + year, page.contractingRegion().name(),
                caption, columns, rows(model, page, kpis), explanation(page, kpis), List.of(data));
    }

    private static List<ProviderRow> rows(SiteModel model, ScorecardPage page, List<KpiDefinition> kpis) {
        Map<String, Map<String, KpiResult>> byProvider = new HashMap<>();
        for (KpiResult result : page.results()) {
            byProvider.computeIfAbsent(result.provider(), p -> new HashMap<>()).put(result.kpi(), result);
        }
        ScorecardCells cells = new ScorecardCells(page.catalog(), model.edition());
        Collator dutch = Collator.getInstance(DutchFormat.DUTCH);
        Comparator<String> byLabel = Comparator.comparing(model::providerLabel, dutch);
        List<ProviderRow> rows = new ArrayList<>();
        for (String provider : byProvider.keySet().stream().sorted(byLabel.thenComparing(Comparator.naturalOrder())).toList()) {
            Map<String, KpiResult> results = byProvider.get(provider);
            List<ScorecardCell> row = kpis.stream()
                    .map(kpi -> results.containsKey(kpi.id()) ? cells.of(kpi, results.get(kpi.id())) : cells.noData())
                    .toList();
            rows.add(new ProviderRow(model.providerLabel(provider), row));
        }
        return rows;
    }

    private static Explanation explanation(ScorecardPage page, List<KpiDefinition> kpis) {
        int year = page.run().year();
        List<String> respondents = kpis.stream().filter(k -> k.minimumRespondents() != null)
                .map(k -> k.name() + ": ook minstens " + k.minimumRespondents() + " respondenten")
                .toList();
        return new Explanation("1 januari t/m 31 december " + year, DutchFormat.date(page.run().asOf()),
                "minstens " + page.catalog().minimumClients() + " cliënten in zorg in de meetregio",
                respondents, page.catalog().source());
    }
}
