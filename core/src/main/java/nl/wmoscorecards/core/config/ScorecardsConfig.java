package nl.wmoscorecards.core.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.ReportTypeCatalog;

/**
 * Everything that is data rather than code: regions, per contracting region the KPI catalogue versions,
 * and the report types providers upload.
 */
public record ScorecardsConfig(RegionCatalog regions, Map<String, List<KpiCatalog>> kpiCatalogs,
                               ReportTypeCatalog reportTypes) {

    public ScorecardsConfig {
        kpiCatalogs = Map.copyOf(kpiCatalogs);
    }

    /** The catalogue that applied in the year: the latest version valid from that year or before. */
    public Optional<KpiCatalog> kpiCatalog(String contractingRegion, int year) {
        return kpiCatalogs.getOrDefault(contractingRegion, List.of()).stream()
                .filter(c -> c.validFrom() <= year)
                .max(Comparator.comparingInt(KpiCatalog::validFrom));
    }
}
