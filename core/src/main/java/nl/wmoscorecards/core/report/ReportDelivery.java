package nl.wmoscorecards.core.report;

import java.time.LocalDate;

/** The delivery of one mandatory report by one provider for one year. */
public record ReportDelivery(
        String provider,
        String reportType,
        int year,
        LocalDate due,
        DeliveryState state,
        String uploadId,
        LocalDate delivered) {
}
