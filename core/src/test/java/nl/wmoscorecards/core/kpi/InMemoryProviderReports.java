package nl.wmoscorecards.core.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.report.ReportRow;

/** Provider reports held in memory, for tests. */
final class InMemoryProviderReports implements ProviderReports {
    private final Map<String, List<ReportRow>> rows = new HashMap<>();
    private final List<ReportDelivery> deliveries = new ArrayList<>();

    InMemoryProviderReports add(String provider, String reportType, int year, Map<String, Object> values) {
        List<ReportRow> list = rows.computeIfAbsent(provider + "/" + reportType + "/" + year, k -> new ArrayList<>());
        list.add(new ReportRow(list.size() + 2, values));
        return this;
    }

    InMemoryProviderReports add(ReportDelivery delivery) {
        deliveries.add(delivery);
        return this;
    }

    @Override
    public List<ReportRow> rows(String provider, String reportType, int year) {
        return rows.getOrDefault(provider + "/" + reportType + "/" + year, List.of());
    }

    @Override
    public List<ReportDelivery> deliveries(String provider, String contractingRegion, int year, LocalDate asOf) {
        return deliveries.stream().filter(d -> d.provider().equals(provider) && d.year() == year)
                .filter(d -> d.contractingRegion() == null || d.contractingRegion().equals(contractingRegion)).toList();
    }
}
