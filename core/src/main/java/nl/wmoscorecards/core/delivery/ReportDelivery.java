package nl.wmoscorecards.core.delivery;

import java.time.LocalDate;

/**
 * The delivery of one report a contracting region's performance agreements require, by one provider, for one
 * year.
 *
 * @param due                the last day the report counts as on time (the agreed date, moved on past a weekend
 *                           or Dutch public holiday)
 * @param contractingRegion  whose duty it is; null for a delivery recorded without a region
 * @param escalatesOn        the first working day after the due date, when an undelivered report becomes a
 *                           shortfall on the region's ladder; null in a region that only monitors
 */
public record ReportDelivery(
        String provider,
        String reportType,
        int year,
        LocalDate due,
        DeliveryState state,
        String uploadId,
        LocalDate delivered,
        String contractingRegion,
        LocalDate escalatesOn) {

    public ReportDelivery(String provider, String reportType, int year, LocalDate due, DeliveryState state,
                          String uploadId, LocalDate delivered) {
        this(provider, reportType, year, due, state, uploadId, delivered, null, null);
    }

    /** A late or missing report that goes on the region's escalation ladder as of the date. */
    public boolean escalatesAsOf(LocalDate date) {
        return state.isShortfall() && escalatesOn != null && !date.isBefore(escalatesOn);
    }
}
