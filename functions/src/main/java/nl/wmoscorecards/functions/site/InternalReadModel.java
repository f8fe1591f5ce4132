package nl.wmoscorecards.functions.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ContractDossier;
import nl.wmoscorecards.core.contract.ProviderSize;
import nl.wmoscorecards.core.contract.ProviderSizes;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyRun;
import nl.wmoscorecards.core.report.ReportDelivery;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.site.InternalData;
import nl.wmoscorecards.site.InternalData.Dossier;
import nl.wmoscorecards.site.InternalData.RoundTable;

/**
 * What only the internal edition shows, read from the stores: per provider its report delivery per year,
 * every escalation, the round table per contracting region and year (sizes from the KPI results and the
 * providers' reports, as the round-table command computes them), and the contract-management dossier per
 * provider and year.
 */
final class InternalReadModel {
    private InternalReadModel() {
    }

    static InternalData load(ScorecardsConfig config, Stores stores, List<KpiRun> runs, Map<String, String> names,
                             LocalDate asOf) {
        StoredProviderReports reports = new StoredProviderReports(stores.uploads(), stores.reportRows(),
                config.reportTypes(), config.reportDuties());
        Map<Integer, Map<String, Set<String>>> dutyHolders = new HashMap<>();
        runs.forEach(run -> dutyHolders.put(run.year(), ReportDutyHolders.of(config.regions(), run.results())));
        Map<String, Map<Integer, List<KpiResult>>> byProviderAndYear = new TreeMap<>();
        for (KpiRun run : runs) {
            run.results().forEach(r -> byProviderAndYear.computeIfAbsent(r.provider(), p -> new TreeMap<>())
                    .computeIfAbsent(run.year(), y -> new ArrayList<>()).add(r));
        }
        List<Escalation> escalations = stores.escalations().all();
        Map<String, List<ReportDelivery>> deliveries = new HashMap<>();
        List<Dossier> dossiers = new ArrayList<>();
        ContractDossier dossier = new ContractDossier(config);
        byProviderAndYear.forEach((provider, years) -> {
            List<Escalation> own = escalations.stream().filter(e -> e.provider().equals(provider)).toList();
            List<ReportDelivery> all = new ArrayList<>();
            years.forEach((year, results) -> {
                List<ReportDelivery> ofYear = YearlyRun.deliveries(provider, dutyHolders.get(year), reports, year, asOf);
                all.addAll(ofYear);
                dossiers.add(new Dossier(provider, year,
                        dossier.render(provider, markdownText(names.get(provider)), year, asOf, results, ofYear, own)));
            });
            deliveries.put(provider, all);
        });
        return new InternalData(deliveries, escalations, roundTables(config, stores, runs), dossiers);
    }

    private static List<RoundTable> roundTables(ScorecardsConfig config, Stores stores, List<KpiRun> runs) {
        ProviderSizes sizes = new ProviderSizes(new StoredProviderReports(stores.uploads(), stores.reportRows(),
                config.reportTypes()));
        RoundTablePlanner planner = new RoundTablePlanner();
        List<RoundTable> tables = new ArrayList<>();
        for (KpiRun run : runs) {
            Map<String, List<KpiResult>> byRegion = new HashMap<>();
            run.results().forEach(r -> byRegion.computeIfAbsent(r.region(), x -> new ArrayList<>()).add(r));
            for (ContractingRegion region : config.regions().contractingRegions()) {
                List<ProviderSize> relevant = sizes.of(region, run.year(),
                        m -> byRegion.getOrDefault(m.id(), List.of()));
                if (!relevant.isEmpty()) {
                    tables.add(new RoundTable(region.id(), run.year(), relevant.size(), planner.invite(relevant)));
                }
            }
        }
        return tables;
    }

    /** A provider name as Markdown text: markup in it must stay text in whatever renders the dossier. */
    static String markdownText(String name) {
        return name == null ? null : name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
