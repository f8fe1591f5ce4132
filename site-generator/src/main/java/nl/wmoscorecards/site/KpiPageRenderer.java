package nl.wmoscorecards.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.site.view.Fact;
import nl.wmoscorecards.site.view.KpiView;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;

/**
 * Writes kpi/{contractingRegion}/{kpi}.html for every KPI of a catalogue in use (the newest catalogue's
 * definition; older norms are named per year) and kpi/index.html.
 */
final class KpiPageRenderer {
    static final String TEMPLATE = "kpi.ftlh";
    static final String INDEX_TEMPLATE = "link-list.ftlh";
    static final String INDEX_TITLE = "KPI's: definities en normen";
    static final List<String> CAVEATS = List.of(
            "Vergelijk zorgaanbieders alleen binnen dezelfde meetregio en hetzelfde jaar: regio's hebben eigen normen, catalogi en cliëntgroepen.",
            "Een kleine groep geeft een onzekere waarde: bij 10 cliënten verandert één cliënt de uitkomst al met 10 procentpunten. Kijk daarom ook naar het aantal (n).",
            "Zorgaanbieders helpen verschillende cliënten, met verschillende ondersteuningsvragen. Een lagere waarde zegt niet vanzelf dat de ondersteuning slechter is; het is een aanleiding voor het gesprek.",
            "De beoordeling is bepaald op de exacte waarde. Een afgeronde waarde die op de norm lijkt te liggen, kan er net onder zitten.");

    void renderAll(SiteModel model, SitePlan plan, Comparisons comparisons, SiteWriter out) throws IOException {
        List<LinkGroup> groups = new ArrayList<>();
        for (Map.Entry<ContractingRegion, List<KpiCatalog>> entry : plan.catalogsInUse().entrySet()) {
            ContractingRegion contracting = entry.getKey();
            KpiCatalog newest = entry.getValue().get(0);
            List<LinkItem> links = new ArrayList<>();
            for (KpiDefinition kpi : newest.kpis()) {
                String path = SitePaths.kpiPage(contracting.id(), kpi.id());
                KpiView view = view(model, plan, comparisons, contracting, entry.getValue(), kpi);
                out.page(TEMPLATE, view, path, view.heading());
                links.add(new LinkItem(SitePaths.rootFrom(SitePaths.KPIS) + path, kpi.name(), KpiColumns.normText(kpi)));
            }
            groups.add(new LinkGroup("kpi-" + contracting.id(), contracting.name(), links));
        }
        out.page(INDEX_TEMPLATE, new LinkListView(PageInfos.of(model, SitePaths.KPIS, INDEX_TITLE), INDEX_TITLE,
                "Per inkoopregio de KPI's op de scorecards: wat ze meten, hoe ze berekend worden en welke norm geldt.",
                groups), SitePaths.KPIS, INDEX_TITLE);
    }

    static KpiView view(SiteModel model, SitePlan plan, Comparisons comparisons, ContractingRegion contracting,
                        List<KpiCatalog> newestFirst, KpiDefinition kpi) {
        String path = SitePaths.kpiPage(contracting.id(), kpi.id());
        String root = SitePaths.rootFrom(path);
        KpiCatalog newest = newestFirst.get(0);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Periode", "Per meetjaar, 1 januari t/m 31 december. De resultaten worden in het eerste kwartaal van het volgende jaar vastgesteld, uiterlijk 1 april."));
        facts.add(new Fact("Eenheid", Unit.of(kpi.unit()).description()));
        facts.add(new Fact("Berekening", MeasureDescriptions.of(kpi)));
        facts.add(new Fact("Wie wordt gemeten", "Zorgaanbieders met minstens " + newest.minimumClients()
                + " cliënten in zorg in de meetregio in het meetjaar"
                + (kpi.minimumRespondents() == null ? "." : ", en minstens " + kpi.minimumRespondents() + " respondenten.")));
        facts.add(new Fact("Bron", newest.source() == null || newest.source().isBlank()
                ? "Niet vastgelegd in de KPI-catalogus" : newest.source()));
        facts.add(new Fact("Geldt vanaf", "Meetjaar " + newest.validFrom()));
        if (newestFirst.size() > 1) {
            facts.add(new Fact("Eerdere normen", newestFirst.subList(1, newestFirst.size()).stream()
                    .map(c -> c.kpis().stream().filter(k -> k.id().equals(kpi.id())).findFirst()
                            .map(k -> "vanaf " + c.validFrom() + ": " + KpiColumns.normText(k)).orElse(null))
                    .filter(s -> s != null).collect(Collectors.joining("; "))));
        }
        List<LinkItem> scorecards = plan.pages().stream()
                .filter(p -> p.contractingRegion().id().equals(contracting.id()))
                .filter(p -> p.catalog().kpis().stream().anyMatch(k -> k.id().equals(kpi.id())))
                .map(p -> new LinkItem(root + p.path(), p.title(), null)).toList();
        String heading = kpi.name() + " (" + contracting.name() + ")";
        return new KpiView(PageInfos.of(model, path, heading), heading, contracting.name(), kpi.description(), facts,
                KpiColumns.bandRanges(kpi), KpiColumns.normText(kpi), CAVEATS, scorecards,
                KpiComparisons.of(model, plan, comparisons, contracting, kpi));
    }
}
