package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.ContractingRegionEntry;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.IndexView;
import nl.wmoscorecards.site.view.MeasurementRegionEntry;
import nl.wmoscorecards.site.view.ScorecardLink;

/** Writes index.html: every contracting region, its measurement regions, their state and their scorecards. */
final class IndexPageRenderer {
    static final String TEMPLATE = "index.ftlh";
    static final String TITLE = "Wmo-scorecards";

    void render(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        out.page(TEMPLATE, view(model, plan), SitePaths.INDEX, TITLE);
    }

    static IndexView view(SiteModel model, SitePlan plan) {
        List<ContractingRegionEntry> regions = new ArrayList<>();
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            List<MeasurementRegionEntry> measurementRegions = new ArrayList<>();
            for (MeasurementRegion region : contracting.measurementRegions()) {
                List<ScorecardPage> pages = plan.pagesOf(region);
                List<ScorecardLink> links = pages.stream()
                        .map(p -> new ScorecardLink(Integer.toString(p.run().year()), p.path(),
                                providers(p.providerCount())))
                        .toList();
                String state = pages.isEmpty() ? null : state(pages.get(0));
                measurementRegions.add(new MeasurementRegionEntry(region.name(), state, links));
            }
            regions.add(new ContractingRegionEntry(contracting.id(), contracting.name(), measurementRegions));
        }
        List<DownloadLink> downloads = plan.runsNewestFirst().stream()
                .map(run -> new DownloadLink(SitePaths.dataFile(run.year()), "KPI-resultaten " + run.year(), "JSON"))
                .toList();
        return new IndexView(PageInfos.of(model, SitePaths.INDEX, TITLE), regions, downloads);
    }

    /**
     * "2025: 12 zorgaanbieders; 9 gemeten op een KPI met norm, waarvan 3 onder de norm op minstens één KPI." Counts providers, never clients, and
     * only KPIs with a norm that were measured and published: a region whose normed KPIs have no published value
     * says so instead of "waarvan 0 onder de norm".
     */
    static String state(ScorecardPage newest) {
        String summary = newest.run().year() + ": " + providers(newest.providerCount());
        List<PublishedResult> results = newest.providers().stream()
                .flatMap(p -> newest.resultsOf(p).values().stream()).toList();
        if (!results.isEmpty() && results.stream().allMatch(r -> !r.measured() && r.notMeasured().outsideContract())) {
            return summary + "; " + results.get(0).notMeasured().dutch() + ", nog geen scores.";
        }
        if (newest.catalog().kpis().stream().allMatch(k -> k.norm() == null)) {
            return summary + "; gemonitord, nog zonder normen.";
        }
        long judged = newest.providers().stream()
                .filter(p -> newest.resultsOf(p).values().stream().anyMatch(PublishedResult::judged)).count();
        if (judged == 0) {
            return summary + "; nog geen gemeten KPI met een norm.";
        }
        long below = newest.providers().stream()
                .filter(p -> newest.resultsOf(p).values().stream().anyMatch(PublishedResult::belowNorm)).count();
        return summary + "; " + judged + " gemeten op een KPI met norm, waarvan " + below
                + " onder de norm op minstens één KPI.";
    }

    private static String providers(long count) {
        return count == 1 ? "1 zorgaanbieder" : count + " zorgaanbieders";
    }
}
