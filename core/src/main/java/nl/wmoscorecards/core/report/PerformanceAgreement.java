package nl.wmoscorecards.core.report;

import java.util.List;

/**
 * One contracting region's performance agreements (prestatieafspraken), from its own contract document: the
 * reports its contracted providers must deliver, and whether a shortfall goes on the region's escalation ladder.
 *
 * @param escalates    false for a region without an escalation ladder (monitoring only): shortfalls are shown,
 *                     never escalated
 * @param dossierAudit whether a failing dossier audit is a shortfall on this region's ladder
 * @param source       the document (and section) the duties come from
 */
public record PerformanceAgreement(String contractingRegion, String source, boolean escalates, boolean dossierAudit,
                                   List<ReportDuty> reportDuties) {

    public PerformanceAgreement {
        reportDuties = reportDuties == null ? List.of() : List.copyOf(reportDuties);
    }

    /** A region without agreements in config: nothing due, nothing escalated. */
    public static PerformanceAgreement none(String contractingRegion) {
        return new PerformanceAgreement(contractingRegion, null, false, false, List.of());
    }
}
