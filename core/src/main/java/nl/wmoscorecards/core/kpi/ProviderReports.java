package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.List;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.report.ReportRow;

/**
 * What the KPI run may read from provider reports: the rows of a provider's accepted report of a type about a
 * year, and the delivery of the reports a region requires. A port: {@link StoredProviderReports} reads the upload and
 * report-row stores; tests use an in-memory one.
 */
public interface ProviderReports {

    /** No reports at all: report-based KPIs then have no population and produce no rows. */
    ProviderReports NONE = new ProviderReports() {
        @Override
        public List<ReportRow> rows(String provider, String reportType, int year) {
            return List.of();
        }

        @Override
        public List<ReportDelivery> deliveries(String provider, String contractingRegion, int year, LocalDate asOf) {
            return List.of();
        }
    };

    /** The rows that currently count for the provider's report of this type about the year (its period). */
    List<ReportRow> rows(String provider, String reportType, int year);

    /**
     * Per report the contracting region's performance agreements require, whether the provider delivered it for
     * the year, as known on asOf (the caller knows the provider is contracted there).
     */
    List<ReportDelivery> deliveries(String provider, String contractingRegion, int year, LocalDate asOf);
}
