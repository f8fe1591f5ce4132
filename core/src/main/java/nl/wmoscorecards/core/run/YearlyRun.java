package nl.wmoscorecards.core.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.wmoscorecards.core.concurrent.InOrder;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationService;
import nl.wmoscorecards.core.escalation.EscalationTriggers;
import nl.wmoscorecards.core.kpi.KpiEngine;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.port.AllocationStore;
import nl.wmoscorecards.core.port.KpiResultStore;
import nl.wmoscorecards.core.port.ReportRowStore;
import nl.wmoscorecards.core.port.SurveyResponseStore;
import nl.wmoscorecards.core.report.ReportDelivery;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * The yearly run, one use case for the scheduled function and the CLI: compute and store the year's KPI
 * results, assess the mandatory reports and dossier audits, and raise the escalations they call for.
 */
public final class YearlyRun {
    public static final String DOSSIER_AUDIT = "dossiercontrole";
    private static final int ASSESSMENT_THREADS = 4;

    /** The stores the run reads and writes. */
    public record Ports(AllocationStore allocations, SurveyResponseStore surveys, KpiResultStore results,
                        UploadStore uploads, ReportRowStore reportRows) {
    }

    public record Outcome(KpiRun run, List<Escalation> escalations) {
    }

    private final ScorecardsConfig config;
    private final Ports ports;
    private final EscalationService escalations;
    private final Clock clock;

    public YearlyRun(ScorecardsConfig config, Ports ports, EscalationService escalations, Clock clock) {
        this.config = config;
        this.ports = ports;
        this.escalations = escalations;
        this.clock = clock;
    }

    public Outcome run(int year, LocalDate asOf) {
        ProviderReports reports = new StoredProviderReports(ports.uploads(), ports.reportRows(), config.reportTypes());
        KpiRun run = new KpiEngine(config, clock).run(year, asOf, ports.allocations(), ports.surveys(), reports);
        ports.results().save(run);
        Set<String> providers = new TreeSet<>();
        run.results().stream().map(KpiResult::provider).forEach(providers::add);
        Map<String, List<ReportDelivery>> deliveries = new TreeMap<>();
        List<EscalationTriggers.DossierAudit> audits = new ArrayList<>();
        for (ProviderAssessment assessed : assessAll(providers, reports, year, asOf)) {
            deliveries.put(assessed.provider(), assessed.deliveries());
            assessed.audit().ifPresent(audits::add);
        }
        List<Escalation> raised = escalations.raise(year,
                EscalationTriggers.find(run, config.regions(), deliveries, audits), asOf);
        return new Outcome(run, raised);
    }

    private record ProviderAssessment(String provider, List<ReportDelivery> deliveries,
                                      Optional<EscalationTriggers.DossierAudit> audit) {
    }

    /**
     * Each provider's report delivery and dossier audit: two small queries per provider, so they go side by side
     * on a few threads (thousands of providers nationally); the answers keep the providers' order.
     */
    private static List<ProviderAssessment> assessAll(Set<String> providers, ProviderReports reports, int year,
                                                      LocalDate asOf) {
        return InOrder.map(providers, ASSESSMENT_THREADS, "provider-assessment",
                provider -> new ProviderAssessment(provider, reports.deliveries(provider, year, asOf),
                        dossierAudit(provider, reports.rows(provider, DOSSIER_AUDIT, year))));
    }

    private static Optional<EscalationTriggers.DossierAudit> dossierAudit(String provider, List<ReportRow> rows) {
        long checked = rows.stream().mapToLong(r -> number(r, "checked")).sum();
        return checked == 0 ? Optional.empty() : Optional.of(new EscalationTriggers.DossierAudit(provider, checked,
                rows.stream().mapToLong(r -> number(r, "goalsNotRealised")).sum(),
                rows.stream().mapToLong(r -> number(r, "noCompleteCarePlan")).sum()));
    }

    private static long number(ReportRow row, String column) {
        Object value = row.values().get(column);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
