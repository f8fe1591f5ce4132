package nl.wmoscorecards.core.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.report.PerformanceAgreementCatalog;

/**
 * What the yearly run raises (seed 001): a KPI with a norm scored below it, a report the contracting region's
 * performance agreements require missing or late, a dossier audit in which more than 10% of the sampled
 * dossiers lack realised goals or more than 10% lack a (complete) care plan. Monitored KPIs (no norm) never raise anything. Shortfalls are grouped per
 * provider and contracting region: one escalation each per cycle.
 */
public final class EscalationTriggers {

    /** The escalation a shortfall belongs to. */
    public record Subject(String contractingRegion, String provider) implements Comparable<Subject> {
        @Override
        public int compareTo(Subject o) {
            int c = contractingRegion.compareTo(o.contractingRegion);
            return c != 0 ? c : provider.compareTo(o.provider);
        }
    }

    /** A provider's dossier audits of the year, summed. */
    public record DossierAudit(String provider, long checked, long goalsNotRealised, long noCompleteCarePlan) {
    }

    private EscalationTriggers() {
    }

    /**
     * Everything the yearly run raises as of its as-of date. Report shortfalls go only to the region whose duty
     * it is (see {@link #reportShortfalls}); a failing dossier audit to the provider's regions whose agreements
     * make it a shortfall on their ladder.
     */
    public static Map<Subject, List<Shortfall>> find(KpiRun run, RegionCatalog regions,
                                                     PerformanceAgreementCatalog agreements,
                                                     Map<String, List<ReportDelivery>> deliveries,
                                                     List<DossierAudit> audits) {
        Map<Subject, List<Shortfall>> found = new TreeMap<>();
        Map<String, Set<String>> contractingRegionsOf = new TreeMap<>();
        for (KpiResult r : run.results()) {
            String contracting = regions.measurementRegion(r.region()).orElseThrow().contractingRegion();
            contractingRegionsOf.computeIfAbsent(r.provider(), p -> new TreeSet<>()).add(contracting);
            if (r.escalates() && agreements.kpisEscalate(contracting)) {
                found.computeIfAbsent(new Subject(contracting, r.provider()), s -> new ArrayList<>())
                        .add(new Shortfall(Shortfall.KPI, r.kpi(), r.region(), format(r)));
            }
        }
        reportShortfalls(deliveries, run.asOf()).forEach((subject, shortfalls) ->
                found.computeIfAbsent(subject, s -> new ArrayList<>()).addAll(shortfalls));
        for (DossierAudit audit : audits) {
            if (audit.checked() > 0 && (overTenPercent(audit.goalsNotRealised(), audit.checked())
                    || overTenPercent(audit.noCompleteCarePlan(), audit.checked()))) {
                Shortfall shortfall = new Shortfall(Shortfall.DOSSIER, "dossiercontrole", null,
                        audit.goalsNotRealised() + " of " + audit.checked() + " dossiers without realised goals, "
                                + audit.noCompleteCarePlan() + " without a complete care plan");
                for (String contracting : contractingRegionsOf.getOrDefault(audit.provider(), Set.of())) {
                    PerformanceAgreement agreement = agreements.of(contracting);
                    if (agreement.escalates() && agreement.dossierAudit()) {
                        found.computeIfAbsent(new Subject(contracting, audit.provider()), s -> new ArrayList<>())
                                .add(shortfall);
                    }
                }
            }
        }
        return found;
    }

    /**
     * Late and missing reports as of the date, each in the contracting region whose duty it is and only from the
     * first working day after its due date; never in a region that only monitors (no escalation date).
     */
    public static Map<Subject, List<Shortfall>> reportShortfalls(Map<String, List<ReportDelivery>> deliveries,
                                                                 LocalDate asOf) {
        Map<Subject, List<Shortfall>> found = new TreeMap<>();
        deliveries.forEach((provider, list) -> list.stream().filter(d -> d.escalatesAsOf(asOf)).forEach(d ->
                found.computeIfAbsent(new Subject(d.contractingRegion(), provider), s -> new ArrayList<>())
                        .add(new Shortfall(Shortfall.REPORT, d.reportType(), null,
                                d.state().dutchLabel() + " (uiterlijk " + d.due() + ")"))));
        return found;
    }

    static boolean overTenPercent(long failing, long checked) {
        return failing * 10 > checked;
    }

    private static String format(KpiResult r) {
        return BigDecimal.valueOf(r.value()).setScale(1, RoundingMode.HALF_UP).toPlainString() + " ("
                + r.band().dutchLabel() + ")";
    }
}
