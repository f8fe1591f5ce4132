package nl.wmoscorecards.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;

/**
 * The performance agreements (prestatieafspraken, seed 001): per provider and year, which mandatory reports
 * were delivered, late or missing. A report about year Y is due on 1 April of Y+1, the date by which the
 * year's KPI results are fixed. A biennial report counts for its year and the next; a report "per
 * conversation" is due yearly, as the conversation is at least yearly; reports on request are never late.
 * Assessed as of a date: an upload completed after it has not happened yet.
 */
public final class PerformanceAgreements {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private final ReportTypeCatalog types;

    public PerformanceAgreements(ReportTypeCatalog types) {
        this.types = types;
    }

    public static LocalDate dueDate(int year) {
        return LocalDate.of(year + 1, 4, 1);
    }

    public List<ReportDelivery> assess(String provider, int year, List<Upload> uploadsOfProvider, LocalDate asOf) {
        List<ReportDelivery> deliveries = new ArrayList<>();
        for (ReportType type : types.types()) {
            if (!type.mandatory() || type.frequency() == Frequency.ON_REQUEST) {
                continue;
            }
            Set<String> periods = type.frequency() == Frequency.BIENNIAL
                    ? Set.of(Integer.toString(year - 1), Integer.toString(year))
                    : Set.of(Integer.toString(year));
            Optional<Upload> first = uploadsOfProvider.stream()
                    .filter(u -> u.provider().equals(provider) && u.reportType().equals(type.id()))
                    .filter(u -> u.status() == UploadStatus.ACCEPTED && periods.contains(u.period()))
                    .filter(u -> !LocalDate.ofInstant(u.completedAt(), NL).isAfter(asOf))
                    .min(Comparator.comparing(Upload::completedAt));
            LocalDate due = dueDate(year);
            LocalDate delivered = first.map(u -> LocalDate.ofInstant(u.completedAt(), NL)).orElse(null);
            DeliveryState state = delivered != null
                    ? (delivered.isAfter(due) ? DeliveryState.LATE : DeliveryState.DELIVERED)
                    : (asOf.isAfter(due) ? DeliveryState.MISSING : DeliveryState.OPEN);
            deliveries.add(new ReportDelivery(provider, type.id(), year, due, state,
                    first.map(Upload::uploadId).orElse(null), delivered));
        }
        return deliveries;
    }
}
