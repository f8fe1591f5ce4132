package nl.wmoscorecards.site;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.KpiColumn;

/**
 * Which pages exist: a measurement region gets a scorecard for a year when that year's run has results
 * for it and its contracting region has a KPI catalogue for the year; a provider gets a page when it is
 * on a scorecard. Runs newest year first. Results are indexed once here, so renderers never scan a run.
 */
final class SitePlan {
    private final List<PublishedRun> runsNewestFirst;
    private final List<ScorecardPage> pages;
    private final Map<String, List<ScorecardPage>> pagesByRegion = new HashMap<>();
    private final Map<String, List<ScorecardPage>> pagesByProvider = new HashMap<>();
    private final List<String> providersByLabel;
    /** Per scorecard path, the providers on it in the plan's name order. */
    private final Map<String, List<String>> providersByPage = new HashMap<>();
    /**
     * Internal edition: providers with an escalation but on no scorecard (clients in care, no KPI row: a report
     * shortfall), by name. They get a page for their escalations and report duties, so a manager can act on them.
     */
    private final List<String> providersWithEscalationsOnly;
    /** Every configured KPI's column (without a link), made once per generation instead of once per table. */
    private final Map<KpiDefinition, KpiColumn> columns = new IdentityHashMap<>();

    /** @param runs the model's runs as the publication policy left them */
    SitePlan(SiteModel model, List<PublishedRun> runs) {
        this.runsNewestFirst = runs.stream().sorted(Comparator.comparingInt(PublishedRun::year).reversed()).toList();
        Map<Integer, Map<String, List<PublishedResult>>> byYearAndRegion = new HashMap<>();
        for (PublishedRun run : runsNewestFirst) {
            Map<String, List<PublishedResult>> byRegion = new HashMap<>();
            for (PublishedResult result : run.results()) {
                byRegion.computeIfAbsent(result.region(), r -> new ArrayList<>()).add(result);
            }
            byYearAndRegion.put(run.year(), byRegion);
        }
        List<ScorecardPage> planned = new ArrayList<>();
        for (ContractingRegion contracting : model.config().regions().contractingRegions()) {
            for (MeasurementRegion region : contracting.measurementRegions()) {
                for (PublishedRun run : runsNewestFirst) {
                    Optional<KpiCatalog> catalog = model.config().kpiCatalog(contracting.id(), run.year());
                    List<PublishedResult> results = byYearAndRegion.get(run.year()).getOrDefault(region.id(), List.of());
                    if (catalog.isPresent() && !results.isEmpty()) {
                        ScorecardPage page = new ScorecardPage(contracting, region, run, catalog.get(), results);
                        planned.add(page);
                        pagesByRegion.computeIfAbsent(region.id(), r -> new ArrayList<>()).add(page);
                        for (String provider : page.providers()) {
                            pagesByProvider.computeIfAbsent(provider, p -> new ArrayList<>()).add(page);
                        }
                    }
                }
            }
        }
        this.pages = List.copyOf(planned);
        Collator dutch = Collator.getInstance(DutchFormat.DUTCH);
        // Collation keys once per provider: comparing with the collator itself showed in the profiles.
        Map<String, CollationKey> keys = new HashMap<>();
        pagesByProvider.keySet().forEach(p -> keys.put(p, dutch.getCollationKey(model.providerLabel(p))));
        this.providersByLabel = pagesByProvider.keySet().stream()
                .sorted(Comparator.comparing((String p) -> keys.get(p)).thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String provider : providersByLabel) {
            for (ScorecardPage page : pagesByProvider.get(provider)) {
                providersByPage.computeIfAbsent(page.path(), p -> new ArrayList<>()).add(provider);
            }
        }
        this.providersWithEscalationsOnly = model.internal().escalations().stream().map(Escalation::provider)
                .filter(p -> !pagesByProvider.containsKey(p)).distinct()
                .sorted(Comparator.comparing((String p) -> dutch.getCollationKey(model.providerLabel(p)))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        model.config().kpiCatalogs().values().forEach(catalogs -> catalogs.forEach(catalog -> catalog.kpis()
                .forEach(kpi -> columns.computeIfAbsent(kpi, KpiColumns::of))));
    }

    List<PublishedRun> runsNewestFirst() {
        return runsNewestFirst;
    }

    /** In config order of regions, each region's years newest first. */
    List<ScorecardPage> pages() {
        return pages;
    }

    List<ScorecardPage> pagesOf(MeasurementRegion region) {
        return pagesByRegion.getOrDefault(region.id(), List.of());
    }

    /** Every provider on a scorecard, by name as a Dutch reader sorts. */
    List<String> providers() {
        return providersByLabel;
    }

    /** The providers on a scorecard, in the order of {@link #providers}. */
    List<String> providersOn(ScorecardPage page) {
        return providersByPage.getOrDefault(page.path(), List.of());
    }

    /** The KPI's column without a link ({@link KpiColumns#of}). */
    KpiColumn column(KpiDefinition kpi) {
        KpiColumn column = columns.get(kpi);
        return column != null ? column : KpiColumns.of(kpi);
    }

    /** Internal edition: the providers with a page for their escalations only (on no scorecard), by name. */
    List<String> providersWithEscalationsOnly() {
        return providersWithEscalationsOnly;
    }

    /** Whether the provider has a page: it is on at least one scorecard, or (internal) it has an escalation. */
    boolean hasProviderPage(String provider) {
        return pagesByProvider.containsKey(provider) || providersWithEscalationsOnly.contains(provider);
    }

    /** The provider's scorecards grouped by measurement region (config order), each region's years newest first. */
    Map<MeasurementRegion, List<ScorecardPage>> pagesOfProvider(String provider) {
        Map<MeasurementRegion, List<ScorecardPage>> grouped = new LinkedHashMap<>();
        for (ScorecardPage page : pagesByProvider.getOrDefault(provider, List.of())) {
            grouped.computeIfAbsent(page.region(), r -> new ArrayList<>()).add(page);
        }
        return grouped;
    }

    /** Per contracting region with scorecards, the catalogues used, newest year first, without repeats. */
    Map<ContractingRegion, List<KpiCatalog>> catalogsInUse() {
        Map<ContractingRegion, List<KpiCatalog>> used = new LinkedHashMap<>();
        for (ScorecardPage page : pages) {
            List<KpiCatalog> catalogs = used.computeIfAbsent(page.contractingRegion(), c -> new ArrayList<>());
            if (!catalogs.contains(page.catalog())) {
                catalogs.add(page.catalog());
            }
        }
        used.values().forEach(list -> list.sort(Comparator.comparingInt(KpiCatalog::validFrom).reversed()));
        return used;
    }

    /** The years with a scorecard in the contracting region, newest first. */
    List<Integer> yearsOf(ContractingRegion contracting) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        pages.stream().filter(p -> p.contractingRegion().id().equals(contracting.id()))
                .forEach(p -> years.add(p.run().year()));
        return List.copyOf(years);
    }
}
