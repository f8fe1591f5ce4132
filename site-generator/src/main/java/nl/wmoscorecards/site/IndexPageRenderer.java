package nl.wmoscorecards.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.ContractingRegionEntry;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.IndexView;
import nl.wmoscorecards.site.view.MeasurementRegionEntry;
import nl.wmoscorecards.site.view.PageInfo;
import nl.wmoscorecards.site.view.ScorecardLink;

/** Writes index.html: every contracting region, its measurement regions and their scorecards. */
final class IndexPageRenderer {
    static final String TEMPLATE = "index.ftlh";
    private final TemplateWriter templates;

    IndexPageRenderer(TemplateWriter templates) {
        this.templates = templates;
    }

    Path render(SiteModel model, SitePlan plan, Path outDir) throws IOException {
        return templates.write(TEMPLATE, view(model, plan), outDir, SitePaths.INDEX);
    }

    static IndexView view(SiteModel model, SitePlan plan) {
        PageInfo info = new PageInfo("Wmo-scorecards", "", SitePaths.STYLESHEET, SitePaths.INDEX);
        List<ContractingRegionEntry> regions = new ArrayList<>();
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            List<MeasurementRegionEntry> measurementRegions = new ArrayList<>();
            for (MeasurementRegion region : contracting.measurementRegions()) {
                List<ScorecardLink> links = plan.pagesOf(region).stream()
                        .map(p -> new ScorecardLink(Integer.toString(p.run().year()), p.path(),
                                providers(p.providerCount())))
                        .toList();
                measurementRegions.add(new MeasurementRegionEntry(region.name(), links));
            }
            regions.add(new ContractingRegionEntry(contracting.id(), contracting.name(), measurementRegions));
        }
        List<DownloadLink> downloads = plan.runsNewestFirst().stream()
                .map(run -> new DownloadLink(SitePaths.dataFile(run.year()), "KPI-resultaten " + run.year(), "JSON"))
                .toList();
        return new IndexView(info, regions, downloads);
    }

    private static String providers(long count) {
        return count == 1 ? "1 zorgaanbieder" : count + " zorgaanbieders";
    }
}
