package nl.wmoscorecards.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.contract.ContractConversation;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.run.ContractManagementOverview;
import nl.wmoscorecards.site.ContractDossier;
import nl.wmoscorecards.site.InternalData;
import nl.wmoscorecards.site.InternalData.Conversations;
import nl.wmoscorecards.site.InternalData.Dossier;
import nl.wmoscorecards.site.InternalData.RoundTable;

/**
 * What only the internal edition shows: the {@link ContractManagementOverview} (report delivery, round tables,
 * conversations) read from the stores, every escalation, and the contract-management dossier per provider and
 * year, put in the site's {@link InternalData}.
 */
final class InternalReadModel {
    private InternalReadModel() {
    }

    static InternalData load(ScorecardsConfig config, Ports stores, List<KpiRun> runs, Map<String, String> names,
                             LocalDate asOf) {
        ContractManagementOverview overview = new ContractManagementOverview(config, stores.uploads(),
                stores.reportRows(), stores.conversations(), stores.roundTables());
        Map<String, Map<Integer, List<ReportDelivery>>> deliveriesByYear = overview.deliveries(runs, stores.kpiResults(),
                asOf);
        List<Escalation> escalations = stores.escalations().all();
        Map<String, List<ContractConversation>> conversationsByRegion = overview.conversationsByRegion();
        Map<String, List<ContractConversation>> conversationsByProvider = new HashMap<>();
        conversationsByRegion.values().forEach(list -> list.forEach(c ->
                conversationsByProvider.computeIfAbsent(c.provider(), p -> new ArrayList<>()).add(c)));
        Map<String, List<ReportDelivery>> deliveries = new HashMap<>();
        List<Dossier> dossiers = new ArrayList<>();
        ContractDossier dossier = new ContractDossier(config);
        ContractManagementOverview.resultsByProviderAndYear(runs).forEach((provider, years) -> {
            List<Escalation> own = escalations.stream().filter(e -> e.provider().equals(provider)).toList();
            List<ReportDelivery> all = new ArrayList<>();
            years.forEach((year, results) -> {
                List<ReportDelivery> ofYear = deliveriesByYear.get(provider).get(year);
                all.addAll(ofYear);
                dossiers.add(new Dossier(provider, year,
                        dossier.render(provider, markdownText(names.get(provider)), year, asOf, results, ofYear, own,
                                conversationsByProvider.getOrDefault(provider, List.of()))));
            });
            deliveries.put(provider, all);
        });
        // In care without a KPI row: no dossier (it is drawn up around the figures), but the duties all the same.
        deliveriesByYear.forEach((provider, byYear) -> deliveries.computeIfAbsent(provider,
                p -> byYear.values().stream().flatMap(List::stream).toList()));
        List<RoundTable> roundTables = overview.roundTables(runs).stream()
                .map(t -> new RoundTable(t.contractingRegion(), t.year(), t.relevantProviders(), t.plan().invited(),
                        t.plan().leftOut(), t.plan().absences(), t.held()))
                .toList();
        List<Conversations> conversations = overview.conversations(conversationsByRegion, runs, asOf).stream()
                .map(c -> new Conversations(c.contractingRegion(), c.year(), c.expected(), c.counts(), c.held(),
                        c.yearOver()))
                .toList();
        return new InternalData(deliveries, escalations, roundTables, dossiers, conversations);
    }

    /** A provider name as Markdown text: markup in it must stay text in whatever renders the dossier. */
    static String markdownText(String name) {
        return name == null ? null : name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
