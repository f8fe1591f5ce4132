package nl.wmoscorecards.core.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.ReportRow;

/**
 * The sizes of the providers relevant to a round table of one contracting region and year: clients in care
 * from the KPI results (per measurement region the largest group of any KPI; summed over the measurement
 * regions, the provider counted in the region where it has the most clients), and staff (FTE) and Wmo
 * turnover from its reports ("personeel", "financieel-jaaroverzicht"). Used by the round-table command and
 * by the internal site, so both invite the same providers.
 */
public final class ProviderSizes {
    static final String STAFF_REPORT = "personeel";
    static final String FINANCE_REPORT = "financieel-jaaroverzicht";
    private final ProviderReports reports;

    /** @param reports where FTE and turnover come from; null when reports are not available (clients only) */
    public ProviderSizes(ProviderReports reports) {
        this.reports = reports;
    }

    /**
     * @param resultsOf the KPI results of the year in a measurement region
     * @param relevant  whether a provider counts in a measurement region (e.g. has a product category there)
     */
    public List<ProviderSize> of(ContractingRegion region, int year, Function<MeasurementRegion, List<KpiResult>> resultsOf,
                                 BiPredicate<MeasurementRegion, String> relevant) {
        Map<String, ProviderSize> sizes = new TreeMap<>();
        for (MeasurementRegion measurement : region.measurementRegions()) {
            Map<String, Integer> clients = new TreeMap<>();
            for (KpiResult r : resultsOf.apply(measurement)) {
                clients.merge(r.provider(), r.clients(), Math::max);
            }
            clients.keySet().removeIf(provider -> !relevant.test(measurement, provider));
            clients.forEach((provider, count) -> sizes.merge(provider,
                    new ProviderSize(provider, measurement.id(), count, figure(provider, STAFF_REPORT, year, "fte"),
                            figure(provider, FINANCE_REPORT, year, "wmoTurnover")),
                    (a, b) -> new ProviderSize(provider, a.clients() >= b.clients() ? a.measurementRegion() : b.measurementRegion(),
                            a.clients() + b.clients(), a.fte(), a.wmoTurnover())));
        }
        return List.copyOf(sizes.values());
    }

    /** Every provider with results counts. */
    public List<ProviderSize> of(ContractingRegion region, int year, Function<MeasurementRegion, List<KpiResult>> resultsOf) {
        return of(region, year, resultsOf, (measurement, provider) -> true);
    }

    private BigDecimal figure(String provider, String reportType, int year, String column) {
        if (reports == null) {
            return null;
        }
        List<ReportRow> rows = reports.rows(provider, reportType, year);
        return rows.stream().map(r -> r.values().get(column)).filter(v -> v instanceof Number)
                .map(v -> new BigDecimal(v.toString())).reduce(BigDecimal::max).orElse(null);
    }
}
