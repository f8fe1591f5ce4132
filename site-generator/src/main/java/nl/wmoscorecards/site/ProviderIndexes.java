package nl.wmoscorecards.site;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.LinkGroup;
import nl.wmoscorecards.site.view.LinkItem;
import nl.wmoscorecards.site.view.LinkListView;
import nl.wmoscorecards.site.view.ProviderIndexView;

/**
 * Writes aanbieders/index.html, the providers grouped by first letter with jump links, and
 * aanbieders/regio/{region}.html, the providers of one measurement region: ways to narrow the list that need
 * no JavaScript (the site has none, and keeps it that way).
 */
final class ProviderIndexes {
    static final String TEMPLATE = "provider-index.ftlh";
    static final String REGION_TEMPLATE = "link-list.ftlh";
    static final String TITLE = "Zorgaanbieders";
    static final String DIGITS = "0-9";

    void render(SiteModel model, SitePlan plan, SiteWriter out) throws IOException {
        out.page(TEMPLATE, index(model, plan), SitePaths.PROVIDERS, TITLE);
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                if (!plan.pagesOf(region).isEmpty()) {
                    LinkListView view = regionList(model, plan, contracting, region);
                    out.page(REGION_TEMPLATE, view, SitePaths.providersOfRegion(region.id()), view.heading());
                }
            }
        }
    }

    static ProviderIndexView index(SiteModel model, SitePlan plan) {
        String root = SitePaths.rootFrom(SitePaths.PROVIDERS);
        Map<String, List<LinkItem>> byLetter = new LinkedHashMap<>();
        for (String provider : plan.providers()) {
            String label = model.providerLabel(provider);
            byLetter.computeIfAbsent(letterOf(label), l -> new ArrayList<>())
                    .add(new LinkItem(root + SitePaths.providerPage(provider), label, "AGB " + provider));
        }
        // Digits first, then the letters in alphabet order (the name order already is Dutch collation).
        List<String> letters = byLetter.keySet().stream().sorted().toList();
        List<LinkGroup> groups = letters.stream()
                .map(letter -> new LinkGroup("letter-" + letter.toLowerCase(Locale.ROOT), letter, byLetter.get(letter)))
                .toList();
        List<LinkItem> jumps = groups.stream().map(g -> new LinkItem("#" + g.id(), g.heading(),
                g.links().size() + (g.links().size() == 1 ? " zorgaanbieder" : " zorgaanbieders"))).toList();
        List<LinkItem> regions = new ArrayList<>();
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                if (!plan.pagesOf(region).isEmpty()) {
                    long count = providersOf(plan, region).size();
                    regions.add(new LinkItem(root + SitePaths.providersOfRegion(region.id()), region.name(),
                            contracting.name() + ", " + count + (count == 1 ? " zorgaanbieder" : " zorgaanbieders")));
                }
            }
        }
        return new ProviderIndexView(PageInfos.of(model, SitePaths.PROVIDERS, TITLE), TITLE,
                "Alle " + plan.providers().size() + " zorgaanbieders op een scorecard, met hun resultaten per meetregio "
                        + "en per jaar. Kies een beginletter of een meetregio.",
                jumps, groups, regions);
    }

    static LinkListView regionList(SiteModel model, SitePlan plan, ContractingRegion contracting,
                                   MeasurementRegion region) {
        String path = SitePaths.providersOfRegion(region.id());
        String root = SitePaths.rootFrom(path);
        List<LinkItem> links = providersOf(plan, region).stream()
                .map(p -> new LinkItem(root + SitePaths.providerPage(p), model.providerLabel(p), "AGB " + p))
                .toList();
        List<LinkItem> scorecards = plan.pagesOf(region).stream()
                .map(p -> new LinkItem(root + p.path(), p.title(), null)).toList();
        String heading = "Zorgaanbieders in meetregio " + region.name();
        return new LinkListView(PageInfos.of(model, path, heading), heading,
                "Inkoopregio " + contracting.name() + ": elke zorgaanbieder op een scorecard van deze meetregio, in "
                        + "welk jaar ook.",
                List.of(new LinkGroup("aanbieders", "Zorgaanbieders op naam", links),
                        new LinkGroup("scorecards", "Scorecards van deze meetregio", scorecards),
                        new LinkGroup("alle", "Alle zorgaanbieders", List.of(new LinkItem(
                                root + SitePaths.PROVIDERS, "Alle zorgaanbieders, op beginletter", null)))));
    }

    /** The region's providers in name order (the plan's order). */
    private static List<String> providersOf(SitePlan plan, MeasurementRegion region) {
        var inRegion = plan.pagesOf(region).stream().flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
        return plan.providers().stream().filter(inRegion::contains).toList();
    }

    /** The first letter or digit of a name, without accents ("Één" files under E); digits share one group. */
    static String letterOf(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= '0' && c <= '9') {
                return DIGITS;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return String.valueOf(Character.toUpperCase(c));
            }
        }
        return DIGITS;
    }
}
