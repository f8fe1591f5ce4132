package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.site.view.DownloadLink;
import nl.wmoscorecards.site.view.Explanation;
import nl.wmoscorecards.site.view.Fact;
import nl.wmoscorecards.site.view.KpiColumn;
import nl.wmoscorecards.site.view.PageInfo;
import nl.wmoscorecards.site.view.ProviderRow;
import nl.wmoscorecards.site.view.ResultStatusView;
import nl.wmoscorecards.site.view.ScorecardCell;
import nl.wmoscorecards.site.view.ScorecardView;

/** Writes regio/{measurementRegionId}/{year}.html: the scorecard table and how to read it. */
final class ScorecardPageRenderer {
    static final String TEMPLATE = "scorecard.ftlh";

    void render(SiteModel model, SitePlan plan, Comparisons comparisons, ScorecardPage page, ResultStatusView status,
                SiteWriter out) throws IOException {
        out.page(TEMPLATE, view(model, plan, comparisons, page, status), page.path(), page.title());
    }

    static ScorecardView view(SiteModel model, SitePlan plan, Comparisons comparisons, ScorecardPage page,
                              ResultStatusView status) {
        String root = SitePaths.rootFrom(page.path());
        int year = page.run().year();
        String regionName = page.region().name();
        PageInfo info = PageInfos.of(model, page.path(), page.title());
        List<KpiDefinition> kpis = page.catalog().kpis();
        List<KpiColumn> columns = kpis.stream().map(kpi -> plan.column(kpi)
                .withHref(root + SitePaths.kpiPage(page.contractingRegion().id(), kpi.id()))).toList();
        String caption = "KPI-resultaten per zorgaanbieder, meetregio " + regionName + ", " + year;
        List<DownloadLink> data = OpenDataPageRenderer.downloads(root, page);
        return new ScorecardView(info, page.title(), page.contractingRegion().name(),
                caption, columns, rows(model, plan, comparisons.previousPage(page), page, kpis, root),
                explanation(model, page, kpis), data, ComparisonViews.of(model, plan, comparisons, page), status);
    }

    private static List<ProviderRow> rows(SiteModel model, SitePlan plan, ScorecardPage previous, ScorecardPage page,
                                          List<KpiDefinition> kpis, String root) {
        ScorecardCells cells = new ScorecardCells(page.region());
        List<ProviderRow> rows = new ArrayList<>();
        for (String provider : plan.providersOn(page)) {
            Map<String, PublishedResult> results = page.resultsOf(provider);
            List<ScorecardCell> row = kpis.stream()
                    .map(kpi -> (results.containsKey(kpi.id()) ? cells.of(kpi, results.get(kpi.id())) : cells.noData())
                            .withPrevious(ComparisonViews.previous(kpi, results.get(kpi.id()), previous, provider)))
                    .toList();
            rows.add(new ProviderRow(model.providerLabel(provider), root + SitePaths.providerPage(provider), row));
        }
        return rows;
    }

    static Explanation explanation(SiteModel model, ScorecardPage page, List<KpiDefinition> kpis) {
        int year = page.run().year();
        List<String> respondents = kpis.stream().filter(k -> k.minimumRespondents() != null)
                .map(k -> k.name() + ": ook minstens " + k.minimumRespondents() + " respondenten")
                .toList();
        return new Explanation("1 januari t/m 31 december " + year, DutchFormat.date(page.run().asOf()),
                "minstens " + page.catalog().minimumClients() + " cliënten in zorg in de meetregio",
                respondents, page.catalog().source(), legend(model, page));
    }

    /** What a cell without a value means; the reasons in the engine's own Dutch words (NotMeasured). */
    static List<Fact> legend(SiteModel model, ScorecardPage page) {
        int minimum = page.catalog().minimumClients();
        List<Fact> legend = new ArrayList<>();
        legend.add(new Fact(ScorecardCells.NO_DATA, "Er is voor deze zorgaanbieder en KPI in dit jaar niets om te"
                + " meten: geen toewijzingen, evaluaties of antwoorden, of geen rapportage ontvangen."));
        legend.add(new Fact("niet gemeten (te weinig cliënten)", "De groep was te klein om te meten: "
                + NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, minimum).dutch() + ", "
                + NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED, minimum).dutch() + " of "
                + NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, minimum).dutch()
                + ". Er is geen waarde en geen oordeel, en we publiceren geen aantallen van deze groep."));
        legend.add(new Fact(NotMeasured.outsideContractPhase(NotMeasured.Reason.BEFORE_CONTRACT_PHASE).dutch(),
                "Het jaar ligt vóór de start van het contract met de regio: er is niets te beoordelen. Dit zegt niets"
                        + " over de zorgaanbieder. Hetzelfde geldt voor \""
                        + NotMeasured.outsideContractPhase(NotMeasured.Reason.AFTER_CONTRACT_PHASE).dutch() + "\"."));
        legend.add(new Fact("nog niet vastgesteld (" + KpiColumns.MONITORED_ONLY + ")", "De regio heeft voor deze"
                + " KPI (nog) geen norm vastgesteld: de waarde wordt gemonitord en staat er zonder oordeel."));
        if (model.edition() == Edition.PUBLIC) {
            legend.add(new Fact("niet gepubliceerd", "Wel gemeten, maar de waarde of het aantal zou een groep van"
                    + " minder dan " + minimum + " cliënten laten zien, zelf of samen met de andere getallen in de cel"
                    + " of de rij (\"minder dan " + minimum + " in de meting\", \"minder dan " + minimum
                    + " respondenten\", \"met de andere uitkomsten te herleiden\"). Op deze openbare site staat dan"
                    + " geen getal."));
            legend.add(new Fact("overige", "Bij een uitsplitsing (oorzaak niet behaald, per gemeente, per reden)"
                    + " tonen we alleen delen van minstens " + minimum + "; kleinere delen staan samen onder"
                    + " \"overige\", en alleen als ook dat samen minstens " + minimum + " is."));
        }
        return legend;
    }
}
