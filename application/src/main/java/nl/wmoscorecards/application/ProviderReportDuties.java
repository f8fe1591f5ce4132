package nl.wmoscorecards.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.run.ReportDutyHolders;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * One provider's own mandatory reports about a year, as the yearly run and report-status assess them: in every
 * contracting region whose duties apply to it that year (clients in care in the year's stored KPI results), each
 * required report delivered, late, missing or not yet due. What the provider's upload page shows.
 */
public final class ProviderReportDuties {
    private final ScorecardsConfig config;
    private final KpiResultStore results;
    private final UploadStore uploads;
    private final ReportRowStore rows;

    /** One required report with the names a provider reads. */
    public record Duty(ReportDelivery delivery, String regionName, String reportTypeName) {
    }

    public ProviderReportDuties(ScorecardsConfig config, KpiResultStore results, UploadStore uploads, ReportRowStore rows) {
        this.config = config;
        this.results = results;
        this.uploads = uploads;
        this.rows = rows;
    }

    /** The provider's duties about the year, assessed as of the date, region by region in configured order. */
    public List<Duty> of(String provider, int year, LocalDate asOf) {
        Map<String, Set<String>> holders = ReportDutyHolders.stored(config.regions(), results, year,
                config.regions().contractingRegions());
        // Read per call: an upload accepted a minute ago must show as delivered.
        StoredProviderReports reports = new StoredProviderReports(uploads, rows, config.reportTypes(), config.reportDuties());
        List<Duty> duties = new ArrayList<>();
        for (ReportDelivery delivery : YearlyAssessment.deliveries(provider, holders, reports, year, asOf)) {
            duties.add(new Duty(delivery, config.regions().contractingRegion(delivery.contractingRegion()).name(),
                    config.reportTypes().type(delivery.reportType()).map(ReportType::name).orElse(delivery.reportType())));
        }
        return duties;
    }
}
