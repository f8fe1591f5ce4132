package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.site.view.ComparisonView;
import nl.wmoscorecards.site.view.DataTable;
import nl.wmoscorecards.site.view.MedianCell;
import nl.wmoscorecards.site.view.PreviousValue;

/** Turns a scorecard's comparisons (medians, previous year, rank per KPI) into Dutch text for the page. */
final class ComparisonViews {
    static final List<String> RANKING_HEADERS = List.of("Zorgaanbieder", "Rang", "Waarde", "Beoordeling", "Vorig jaar");

    static final String MEDIAN_RULE = "De middelste waarde van de zorgaanbieders met een gepubliceerde waarde in deze "
            + "meetregio en dit jaar (bij een even aantal het gemiddelde van de middelste twee). Niet gemeten en niet "
            + "gepubliceerde waarden tellen niet mee, net als een tweejaarlijks onderzoek uit een eerder jaar. We tonen "
            + "de mediaan pas vanaf " + Comparisons.MINIMUM_PROVIDERS + " zorgaanbieders met een waarde: daaronder is "
            + "het de waarde van één zorgaanbieder of het gemiddelde van twee.";

    private ComparisonViews() {
    }

    static ComparisonView of(SiteModel model, SitePlan plan, Comparisons comparisons, ScorecardPage page) {
        List<KpiDefinition> kpis = page.catalog().kpis();
        List<MedianCell> medians = kpis.stream().map(kpi -> median(kpi, comparisons.median(page, kpi.id()))).toList();
        ScorecardPage previous = comparisons.previousPage(page);
        String note = previous == null
                ? "Er is geen scorecard van " + (page.run().year() - 1) + " voor deze meetregio, dus ook geen vergelijking met vorig jaar."
                : "Onder elke waarde staat de waarde van " + previous.run().year() + " met het verschil in woorden: "
                + "beter of slechter (bij een KPI met norm is hoger beter), hoger of lager (bij een KPI zonder norm), "
                + "of gelijk (gelijk na afronding). Is er geen waarde in een van beide jaren, dan staat er geen verschil.";
        List<ComparisonView.Ranking> rankings = kpis.stream()
                .map(kpi -> ranking(model, plan, page, previous, kpi)).toList();
        return new ComparisonView(medians, MEDIAN_RULE, note, rankings);
    }

    static MedianCell median(KpiDefinition kpi, Comparisons.Median median) {
        if (!median.published()) {
            return new MedianCell(null, "geen mediaan: minder dan " + Comparisons.MINIMUM_PROVIDERS
                    + " zorgaanbieders met een waarde");
        }
        return new MedianCell(DutchFormat.value(median.value(), kpi.unit()),
                "mediaan van " + median.providers() + " zorgaanbieders");
    }

    /** The previous year's value under this year's, or null when the region had no scorecard or KPI then. */
    static PreviousValue previous(KpiDefinition kpi, PublishedResult current, ScorecardPage previousPage,
                                  String provider) {
        if (previousPage == null || previousPage.catalog().kpis().stream().noneMatch(k -> k.id().equals(kpi.id()))) {
            return null;
        }
        String year = "vorig jaar (" + previousPage.run().year() + "): ";
        PublishedResult earlier = previousPage.resultsOf(provider).get(kpi.id());
        if (earlier == null) {
            return new PreviousValue(year + ScorecardCells.NO_DATA, null, null, null);
        }
        if (!earlier.measured()) {
            return new PreviousValue(year + "niet gemeten", null, null, null);
        }
        if (!earlier.value().isShown()) {
            return new PreviousValue(year + "niet gepubliceerd", null, null, null);
        }
        String label = year + DutchFormat.value(Comparisons.shownValue(earlier), kpi.unit());
        Comparisons.Change change = Comparisons.Change.of(kpi, current, earlier);
        return change == null ? new PreviousValue(label, null, null, null)
                : new PreviousValue(label, change.dutch, change.modifier, change.icon);
    }

    /** The providers with a published value on a KPI, highest first; equal displayed values share a rank. */
    private static ComparisonView.Ranking ranking(SiteModel model, SitePlan plan, ScorecardPage page,
                                                  ScorecardPage previous, KpiDefinition kpi) {
        List<String> ranked = new ArrayList<>();
        List<String> unranked = new ArrayList<>();
        for (String provider : plan.providersOn(page)) {
            Map<String, PublishedResult> results = page.resultsOf(provider);
            (Comparisons.shownValue(results.get(kpi.id())) != null ? ranked : unranked).add(provider);
        }
        // Stable sort over the name order: equal values stay alphabetical.
        ranked.sort(Comparator.comparingDouble((String p) -> Comparisons.shownValue(page.resultsOf(p).get(kpi.id())))
                .reversed());
        List<List<String>> rows = new ArrayList<>();
        String lastValue = null;
        int rank = 0;
        for (int i = 0; i < ranked.size(); i++) {
            String provider = ranked.get(i);
            PublishedResult result = page.resultsOf(provider).get(kpi.id());
            String value = DutchFormat.value(Comparisons.shownValue(result), kpi.unit());
            if (!value.equals(lastValue)) {
                rank = i + 1;
                lastValue = value;
            }
            PreviousValue earlier = previous(kpi, result, previous, provider);
            rows.add(List.of(model.providerLabel(provider), Integer.toString(rank), value,
                    result.band() == null ? "geen oordeel" : result.band().dutchLabel(),
                    earlier == null ? "—" : previousText(earlier)));
        }
        String caption = kpi.name() + ", " + page.region().name() + " " + page.run().year()
                + ": zorgaanbieders van hoogste naar laagste waarde";
        String without = unranked.isEmpty() ? null : "Zonder waarde (niet gemeten, niet gepubliceerd of geen gegevens): "
                + String.join(", ", unranked.stream().map(model::providerLabel).toList()) + ".";
        return new ComparisonView.Ranking("rangorde-" + kpi.id(), kpi.name(),
                new DataTable(caption, RANKING_HEADERS, rows), without);
    }

    private static String previousText(PreviousValue earlier) {
        String value = earlier.label().substring(earlier.label().indexOf(": ") + 2);
        return earlier.change() == null ? value : value + " (" + earlier.change() + ")";
    }
}
