package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmoscorecards.core.delivery.PerformanceAgreements;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * Provider reports as the upload issue stores them: the latest accepted upload of a type and period counts (a
 * later one replaced the earlier one's rows); a duplicate upload added nothing and is skipped.
 */
public final class StoredProviderReports implements ProviderReports {
    private final UploadStore uploads;
    private final ReportRowStore rows;
    private final ReportTypeCatalog types;
    private final PerformanceAgreements agreements;
    private final Map<String, List<Upload>> uploadsByProvider = new ConcurrentHashMap<>();

    /** Rows only: {@link #deliveries} then finds nothing due. */
    public StoredProviderReports(UploadStore uploads, ReportRowStore rows, ReportTypeCatalog types) {
        this(uploads, rows, types, null);
    }

    public StoredProviderReports(UploadStore uploads, ReportRowStore rows, ReportTypeCatalog types,
                                 PerformanceAgreements agreements) {
        this.uploads = uploads;
        this.rows = rows;
        this.types = types;
        this.agreements = agreements;
    }

    @Override
    public List<ReportRow> rows(String provider, String reportType, int year) {
        return types.type(reportType).flatMap(type -> Upload.inForce(uploadsOf(provider), reportType, Integer.toString(year))
                        .map(upload -> rows.rows(upload, type)))
                .orElse(List.of());
    }

    @Override
    public List<ReportDelivery> deliveries(String provider, String contractingRegion, int year, LocalDate asOf) {
        if (agreements == null) {
            return List.of();
        }
        return agreements.assess(contractingRegion, provider, year, uploadsOf(provider),
                reportType -> rows(provider, reportType, year), asOf);
    }

    /** One store read per provider per run: a run asks for several report types of the same provider. */
    private List<Upload> uploadsOf(String provider) {
        return uploadsByProvider.computeIfAbsent(provider, uploads::uploadsOf);
    }
}
