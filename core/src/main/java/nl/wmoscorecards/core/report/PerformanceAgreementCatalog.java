package nl.wmoscorecards.core.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The performance agreements of every contracting region, from config/report-duties.yaml. */
public final class PerformanceAgreementCatalog {
    public static final PerformanceAgreementCatalog NONE = new PerformanceAgreementCatalog(List.of());
    private final Map<String, PerformanceAgreement> byRegion = new LinkedHashMap<>();

    public PerformanceAgreementCatalog(List<PerformanceAgreement> agreements) {
        for (PerformanceAgreement agreement : agreements) {
            if (byRegion.put(agreement.contractingRegion(), agreement) != null) {
                throw new IllegalArgumentException("performance agreements of " + agreement.contractingRegion()
                        + " are configured twice");
            }
        }
    }

    /** The region's agreements; a region not configured has none. */
    public PerformanceAgreement of(String contractingRegion) {
        return byRegion.getOrDefault(contractingRegion, PerformanceAgreement.none(contractingRegion));
    }

    /**
     * Whether a KPI below its norm is a shortfall on the region's ladder: yes, unless the region's agreements say
     * it has no ladder (Brabant Noordoost-oost, seed 003: monitoring only). A region without configured
     * agreements (e.g. a generated one) keeps seed 001's ladder for its KPIs.
     */
    public boolean kpisEscalate(String contractingRegion) {
        PerformanceAgreement agreement = byRegion.get(contractingRegion);
        return agreement == null || agreement.escalates();
    }

    public List<PerformanceAgreement> agreements() {
        return List.copyOf(byRegion.values());
    }

    /** Fails on a duty naming a report type that does not exist, or a region that is not configured. */
    public void checkAgainst(ReportTypeCatalog types, Set<String> contractingRegions) {
        for (PerformanceAgreement agreement : byRegion.values()) {
            if (!contractingRegions.contains(agreement.contractingRegion())) {
                throw new IllegalArgumentException("performance agreements for unknown contracting region "
                        + agreement.contractingRegion());
            }
            for (ReportDuty duty : agreement.reportDuties()) {
                requireType(types, agreement, duty.reportType());
                if (duty.threshold() != null) {
                    ReportType figures = requireType(types, agreement, duty.threshold().reportType());
                    if (figures.columns().stream().noneMatch(c -> c.key().equals(duty.threshold().column()))) {
                        throw new IllegalArgumentException(agreement.contractingRegion() + ": threshold column "
                                + duty.threshold().column() + " is not a column of " + figures.id());
                    }
                }
            }
        }
    }

    private static ReportType requireType(ReportTypeCatalog types, PerformanceAgreement agreement, String id) {
        return types.type(id).orElseThrow(() -> new IllegalArgumentException(agreement.contractingRegion()
                + ": report duty names unknown report type " + id));
    }
}
