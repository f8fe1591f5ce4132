package nl.wmoscorecards.core.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.PerformanceAgreements;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationTriggers;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * The daily scheduled check (the deadline-check function and {@code escalation check-deadlines}): first the
 * reports about last year that fell due, raised as shortfalls from the first working day after their due date
 * in the region whose duty they are; then every open escalation whose deadline passed moved to step 3.
 * <p>
 * The yearly run is on 1 March and reports fall due later (1 March, 1 April), so without this a missing report
 * would never escalate. Safe to run any number of times: a shortfall already on the cycle's escalation adds
 * nothing, and a closed escalation is never reopened. A day missed is made good the next day, as every duty
 * whose escalation date has come is looked at again.
 */
public final class DailyCheck {

    /** The stores the check reads besides the escalations. */
    public record Ports(KpiResultStore results, UploadStore uploads, ReportRowStore reportRows) {
    }

    public record Outcome(List<Escalation> raised, List<Escalation> moved) {
    }

    private final ScorecardsConfig config;
    private final Ports ports;
    private final EscalationService escalations;

    public DailyCheck(ScorecardsConfig config, Ports ports, EscalationService escalations) {
        this.config = config;
        this.ports = ports;
        this.escalations = escalations;
    }

    public Outcome run(LocalDate today) {
        List<Escalation> raised = raiseDueReports(today.getYear() - 1, today);
        return new Outcome(raised, escalations.checkDeadlines(today));
    }

    /**
     * The year's report shortfalls as of today, in regions whose ladder applies and where at least one duty's
     * escalation date has come (other regions are not read at all).
     */
    public List<Escalation> raiseDueReports(int year, LocalDate today) {
        List<ContractingRegion> due = config.regions().contractingRegions().stream()
                .filter(region -> hasFallenDue(config.performanceAgreements().of(region.id()), region, year, today))
                .toList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> holders = ReportDutyHolders.stored(config.regions(), ports.results(), year, due);
        ProviderReports reports = new StoredProviderReports(ports.uploads(), ports.reportRows(), config.reportTypes(),
                config.reportDuties());
        Map<String, List<ReportDelivery>> deliveries = new TreeMap<>();
        holders.values().stream().flatMap(Set::stream).distinct().forEach(provider ->
                deliveries.put(provider, YearlyAssessment.deliveries(provider, holders, reports, year, today)));
        return escalations.raise(year, EscalationTriggers.reportShortfalls(deliveries, today), today);
    }

    private static boolean hasFallenDue(PerformanceAgreement agreement, ContractingRegion region, int year,
                                        LocalDate today) {
        return agreement.escalates() && region.contractPhase().measurementPeriod(year).isPresent()
                && agreement.reportDuties().stream()
                .anyMatch(duty -> !today.isBefore(PerformanceAgreements.escalationDate(duty, year)));
    }
}
