package nl.wmoscorecards.core.run;

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
import nl.wmoscorecards.core.contract.ConversationFrequency;
import nl.wmoscorecards.core.contract.ConversationStore;
import nl.wmoscorecards.core.contract.ProviderSize;
import nl.wmoscorecards.core.contract.ProviderSizes;
import nl.wmoscorecards.core.contract.RoundTableAttendance;
import nl.wmoscorecards.core.contract.RoundTableMeeting;
import nl.wmoscorecards.core.contract.RoundTablePlanner;
import nl.wmoscorecards.core.contract.RoundTableStore;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.core.region.ConversationsPerYear;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * What contract managers follow beside the scorecards, for the stored KPI runs: per provider its report
 * delivery per year, the round table per contracting region and year (sizes from the KPI results and the
 * providers' reports, misses from the recorded attendance, as the round-table command computes them), and the
 * contract-management conversations per contracting region and year (against the region's configured minimum,
 * for the providers with results there that year). The internal edition of the site shows it.
 */
public final class ContractManagementOverview {
    private final ScorecardsConfig config;
    private final UploadStore uploads;
    private final ReportRowStore reportRows;
    private final ConversationStore conversations;
    private final RoundTableStore roundTables;

    public ContractManagementOverview(ScorecardsConfig config, UploadStore uploads, ReportRowStore reportRows,
                                      ConversationStore conversations, RoundTableStore roundTables) {
        this.config = config;
        this.uploads = uploads;
        this.reportRows = reportRows;
        this.conversations = conversations;
        this.roundTables = roundTables;
    }

    /**
     * The round table of a contracting region for a year.
     *
     * @param relevantProviders how many providers were relevant (all are invited when 12 or fewer)
     * @param held              the round tables of the region held in the year, with their attendance
     */
    public record RoundTable(String contractingRegion, int year, int relevantProviders, RoundTablePlanner.Plan plan,
                             List<RoundTableMeeting> held) {
    }

    /**
     * The contract-management conversations of a contracting region in a year.
     *
     * @param counts   per provider expected to have them and per provider that had one, how many were held
     * @param yearOver whether the year had ended on the as-of date
     */
    public record Conversations(String contractingRegion, int year, ConversationsPerYear expected,
                                List<ConversationFrequency.Count> counts, List<ContractConversation> held,
                                boolean yearOver) {
    }

    /** Per provider (in AGB order) and per year it has results in (in order), its results of that year. */
    public static Map<String, Map<Integer, List<KpiResult>>> resultsByProviderAndYear(List<KpiRun> runs) {
        Map<String, Map<Integer, List<KpiResult>>> byProviderAndYear = new TreeMap<>();
        for (KpiRun run : runs) {
            run.results().forEach(r -> byProviderAndYear.computeIfAbsent(r.provider(), p -> new TreeMap<>())
                    .computeIfAbsent(run.year(), y -> new ArrayList<>()).add(r));
        }
        return byProviderAndYear;
    }

    /**
     * Per provider and per year it has results in or owes reports in (clients in care without a KPI row), its
     * report deliveries as of the date, for the duties that apply to it that year (who holds them: the providers
     * in care stored with the results).
     */
    public Map<String, Map<Integer, List<ReportDelivery>>> deliveries(List<KpiRun> runs, KpiResultStore results,
                                                                      LocalDate asOf) {
        StoredProviderReports reports = new StoredProviderReports(uploads, reportRows, config.reportTypes(),
                config.reportDuties());
        Map<String, Map<Integer, List<ReportDelivery>>> deliveries = new TreeMap<>();
        for (KpiRun run : runs) {
            Map<String, Set<String>> dutyHolders = ReportDutyHolders.all(config.regions(), results, run.year());
            // Those with results, and those in care without a KPI row: they owe reports all the same.
            Set<String> providers = new TreeSet<>();
            run.results().forEach(r -> providers.add(r.provider()));
            dutyHolders.values().forEach(providers::addAll);
            providers.forEach(provider -> deliveries.computeIfAbsent(provider, p -> new TreeMap<>()).put(run.year(),
                    YearlyAssessment.deliveries(provider, dutyHolders, reports, run.year(), asOf)));
        }
        return deliveries;
    }

    /** The conversations held, per contracting region. */
    public Map<String, List<ContractConversation>> conversationsByRegion() {
        Map<String, List<ContractConversation>> byRegion = new TreeMap<>();
        config.regions().contractingRegions().forEach(r -> byRegion.put(r.id(), conversations.conversationsOf(r.id())));
        return byRegion;
    }

    /** Per contracting region with a configured minimum and per run year in which it has providers or conversations. */
    public List<Conversations> conversations(Map<String, List<ContractConversation>> byRegion, List<KpiRun> runs,
                                             LocalDate asOf) {
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

    /** Per run year, the round table of every contracting region with relevant providers that year. */
    public List<RoundTable> roundTables(List<KpiRun> runs) {
        ProviderSizes sizes = new ProviderSizes(new StoredProviderReports(uploads, reportRows, config.reportTypes()));
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
                    List<RoundTableMeeting> meetings = held.computeIfAbsent(region.id(), roundTables::roundTablesOf);
                    RoundTablePlanner.Plan plan = planner.plan(relevant, RoundTableAttendance.absences(meetings, run.year()));
                    tables.add(new RoundTable(region.id(), run.year(), relevant.size(), plan,
                            meetings.stream().filter(m -> m.date().getYear() == run.year()).toList()));
                }
            }
        }
        return tables;
    }
}
