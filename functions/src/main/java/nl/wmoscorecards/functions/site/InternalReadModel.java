package nl.wmoscorecards.functions.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.contract.ContractDossier;
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.ProviderSize;
import nl.wmoscorecards.core.contract.ProviderSizes;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.PerformanceAgreements;
import nl.wmoscorecards.core.report.ReportDelivery;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.site.InternalData;
import nl.wmoscorecards.site.InternalData.Conversations;
import nl.wmoscorecards.site.InternalData.Dossier;
import nl.wmoscorecards.site.InternalData.RoundTable;

/**
 * What only the internal edition shows, read from the stores: per provider its report delivery per year,
 * every escalation, the round table per contracting region and year (sizes from the KPI results and the
 * providers' reports, misses from the recorded attendance, as the round-table command computes them), the
 * contract-management conversations per contracting region and year (against the region's configured minimum,
 * for the providers with results there that year), and the contract-management dossier per provider and year.
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
        Map<String, List<ContractConversation>> conversationsByRegion = new TreeMap<>();
        config.regions().contractingRegions().forEach(r -> conversationsByRegion.put(r.id(), stores.conversations().conversationsOf(r.id())));
        Map<String, List<ContractConversation>> conversationsByProvider = new HashMap<>();
        conversationsByRegion.values().forEach(list -> list.forEach(c ->
                conversationsByProvider.computeIfAbsent(c.provider(), p -> new ArrayList<>()).add(c)));
        Map<String, List<ReportDelivery>> deliveries = new HashMap<>();
        List<Dossier> dossiers = new ArrayList<>();
        ContractDossier dossier = new ContractDossier(config);
        byProviderAndYear.forEach((provider, years) -> {
            List<Escalation> own = escalations.stream().filter(e -> e.provider().equals(provider)).toList();
            List<ReportDelivery> all = new ArrayList<>();
            years.forEach((year, results) -> {
                List<ReportDelivery> ofYear = YearlyAssessment.deliveries(provider, dutyHolders.get(year), reports, year, asOf);
                all.addAll(ofYear);
                dossiers.add(new Dossier(provider, year,
                        dossier.render(provider, markdownText(names.get(provider)), year, asOf, results, ofYear, own,
                                conversationsByProvider.getOrDefault(provider, List.of()))));
            });
            deliveries.put(provider, all);
        });
        return new InternalData(deliveries, escalations, roundTables(config, stores, runs), dossiers,
                conversations(config, conversationsByRegion, runs, asOf));
    }

    /** Per contracting region with a configured minimum and per run year in which it has providers or conversations. */
    private static List<Conversations> conversations(ScorecardsConfig config, Map<String, List<ContractConversation>> byRegion,
                                                     List<KpiRun> runs, LocalDate asOf) {
        List<Conversations> all = new ArrayList<>();
        for (ContractingRegion region : config.regions().contractingRegions()) {
            ConversationsPerYear expected = config.regions().conversationsPerYear(region.id()).orElse(null);
            if (expected == null) {
                continue;
            }
            List<ContractConversation> held = byRegion.getOrDefault(region.id(), List.of());
            for (KpiRun run : runs) {
                Set<String> providers = providersIn(region, run);
                List<ContractConversation> ofYear = held.stream().filter(c -> c.date().getYear() == run.year()).toList();
                if (!providers.isEmpty() || !ofYear.isEmpty()) {
                    all.add(new Conversations(region.id(), run.year(), expected,
                            ConversationFrequency.counts(expected, run.year(), providers, ofYear), ofYear,
                            asOf.getYear() > run.year()));
                }
            }
        }
        return all;
    }

    /** The providers with results in the region's measurement regions in the run's year: those with allocations there. */
    private static Set<String> providersIn(ContractingRegion region, KpiRun run) {
        Set<String> measurement = region.measurementRegions().stream().map(MeasurementRegion::id).collect(Collectors.toSet());
        return run.results().stream().filter(r -> measurement.contains(r.region())).map(KpiResult::provider)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<RoundTable> roundTables(ScorecardsConfig config, Stores stores, List<KpiRun> runs) {
        ProviderSizes sizes = new ProviderSizes(new StoredProviderReports(stores.uploads(), stores.reportRows(),
                config.reportTypes()));
        RoundTablePlanner planner = new RoundTablePlanner();
        Map<String, List<RoundTableMeeting>> held = new HashMap<>();
        List<RoundTable> tables = new ArrayList<>();
        for (KpiRun run : runs) {
            Map<String, List<KpiResult>> byRegion = new HashMap<>();
            run.results().forEach(r -> byRegion.computeIfAbsent(r.region(), x -> new ArrayList<>()).add(r));
            for (ContractingRegion region : config.regions().contractingRegions()) {
                List<ProviderSize> relevant = sizes.of(region, run.year(),
                        m -> byRegion.getOrDefault(m.id(), List.of()));
                if (!relevant.isEmpty()) {
                    List<RoundTableMeeting> meetings = held.computeIfAbsent(region.id(), stores.roundTables()::roundTablesOf);
                    RoundTablePlanner.Plan plan = planner.plan(relevant, RoundTableAttendance.absences(meetings, run.year()));
                    tables.add(new RoundTable(region.id(), run.year(), relevant.size(), plan.invited(), plan.leftOut(),
                            plan.absences(), meetings.stream().filter(m -> m.date().getYear() == run.year()).toList()));
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
