package nl.wmoscorecards.core.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.delivery.PerformanceAgreements;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiCatalogs;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.PerformanceAgreementCatalog;
import nl.wmoscorecards.core.report.ReportTypeCatalog;

/**
 * Everything that is data rather than code: regions, per contracting region the KPI catalogue versions and
 * the performance agreements (report duties), and the report types providers upload.
 */
public record ScorecardsConfig(RegionCatalog regions, Map<String, List<KpiCatalog>> kpiCatalogs,
                               ReportTypeCatalog reportTypes, PerformanceAgreementCatalog performanceAgreements)
        implements KpiCatalogs {

    public ScorecardsConfig {
        kpiCatalogs = Map.copyOf(kpiCatalogs);
        performanceAgreements = performanceAgreements == null ? PerformanceAgreementCatalog.NONE : performanceAgreements;
    }

    /** A configuration without report duties. */
    public ScorecardsConfig(RegionCatalog regions, Map<String, List<KpiCatalog>> kpiCatalogs,
                            ReportTypeCatalog reportTypes) {
        this(regions, kpiCatalogs, reportTypes, PerformanceAgreementCatalog.NONE);
    }

    @Override
    public Optional<KpiCatalog> kpiCatalog(String contractingRegion, int year) {
        return kpiCatalogs.getOrDefault(contractingRegion, List.of()).stream()
                .filter(c -> c.validFrom() <= year)
                .max(Comparator.comparingInt(KpiCatalog::validFrom));
    }

    /** The report duties of every contracting region, to assess a provider's deliveries with. */
    public PerformanceAgreements reportDuties() {
        return new PerformanceAgreements(performanceAgreements, regions);
    }
}
