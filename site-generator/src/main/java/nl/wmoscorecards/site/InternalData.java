package nl.wmoscorecards.site;

import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.report.ReportDelivery;

/**
 * What only the INTERNAL edition shows, per provider. Each kind of internal information is one optional
 * component with its own section on the provider page: an empty map renders nothing. Escalations,
 * contract-management dossiers and round-table lists are added the same way (a new component, a view
 * builder and a macro), so the public edition never needs to know they exist.
 *
 * @param reportDeliveries per AGB code, the mandatory reports (prestatieafspraken) per year: delivered,
 *                         late, missing or not due yet
 */
public record InternalData(Map<String, List<ReportDelivery>> reportDeliveries) {
    public static final InternalData NONE = new InternalData(Map.of());

    public InternalData {
        reportDeliveries = reportDeliveries == null ? Map.of() : Map.copyOf(reportDeliveries);
    }

    public List<ReportDelivery> deliveriesOf(String provider) {
        return reportDeliveries.getOrDefault(provider, List.of());
    }
}
