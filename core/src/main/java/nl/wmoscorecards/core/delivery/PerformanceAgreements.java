package nl.wmoscorecards.core.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.calendar.DutchWorkingDays;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.core.report.Frequency;
import nl.wmoscorecards.core.report.PerformanceAgreement;
import nl.wmoscorecards.core.report.PerformanceAgreementCatalog;
import nl.wmoscorecards.core.report.ReportDuty;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;

/**
 * The performance agreements (prestatieafspraken) of each contracting region, assessed for one provider and
 * year: which of the region's required reports were delivered, late or missing. Only for a year in which the
 * region's contract is in force (some day of it lies in the contract phase); whether the provider is
 * contracted there at all is the caller's question (core.run.ReportDutyHolders).
 * <p>
 * A report is due on the agreed day of the year after (a day that is not a working day moves on to the next
 * working day, Algemene termijnenwet); delivered on that day is on time. The first working day after it an
 * undelivered report becomes a shortfall on the region's ladder, unless the region only monitors. A biennial
 * report about the year or the one before counts. Assessed as of a date: an upload completed after it has not
 * happened yet.
 */
public final class PerformanceAgreements {
    private final PerformanceAgreementCatalog agreements;
    private final RegionCatalog regions;

    public PerformanceAgreements(PerformanceAgreementCatalog agreements, RegionCatalog regions) {
        this.agreements = agreements;
        this.regions = regions;
    }

    public PerformanceAgreement of(String contractingRegion) {
        return agreements.of(contractingRegion);
    }

    /** The last day a report about the year counts as on time. */
    public static LocalDate dueDate(ReportDuty duty, int year) {
        LocalDate day = duty.nominalDue(year);
        while (!DutchWorkingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first working day after the due date: the day a missing report is escalated. */
    public static LocalDate escalationDate(ReportDuty duty, int year) {
        return DutchWorkingDays.plusWorkingDays(dueDate(duty, year), 1);
    }

    /**
     * The region's required reports of the provider about the year, as known on asOf.
     *
     * @param uploads    the provider's uploads
     * @param rowsOfType the rows that count for the provider's report of a type about the year (for thresholds)
     */
    public List<ReportDelivery> assess(String contractingRegion, String provider, int year, List<Upload> uploads,
                                       Function<String, List<ReportRow>> rowsOfType, LocalDate asOf) {
        ContractingRegion region = regions.contractingRegion(contractingRegion);
        if (region.contractPhase().measurementPeriod(year).isEmpty()) {
            return List.of();
        }
        PerformanceAgreement agreement = agreements.of(contractingRegion);
        List<ReportDelivery> deliveries = new ArrayList<>();
        for (ReportDuty duty : agreement.reportDuties()) {
            if (duty.threshold() != null && !thresholdMet(duty.threshold(), region, year, uploads, rowsOfType, asOf)) {
                continue;
            }
            Set<String> periods = duty.frequency() == Frequency.BIENNIAL
                    ? Set.of(Integer.toString(year - 1), Integer.toString(year))
                    : Set.of(Integer.toString(year));
            Optional<Upload> first = uploads.stream()
                    .filter(u -> u.provider().equals(provider) && u.reportType().equals(duty.reportType()))
                    .filter(u -> u.status() == UploadStatus.ACCEPTED && periods.contains(u.period()))
                    .filter(u -> !completedOn(u).isAfter(asOf))
                    .min(Comparator.comparing(Upload::completedAt));
            LocalDate due = dueDate(duty, year);
            LocalDate delivered = first.map(PerformanceAgreements::completedOn).orElse(null);
            DeliveryState state = delivered != null
                    ? (delivered.isAfter(due) ? DeliveryState.LATE : DeliveryState.DELIVERED)
                    : (asOf.isAfter(due) ? DeliveryState.MISSING : DeliveryState.OPEN);
            deliveries.add(new ReportDelivery(provider, duty.reportType(), year, due, state,
                    first.map(Upload::uploadId).orElse(null), delivered, contractingRegion,
                    agreement.escalates() ? escalationDate(duty, year) : null));
        }
        return deliveries;
    }

    /**
     * Whether the provider's figure is on the duty's side of the threshold. Unknown (the report holding the
     * figure not delivered by asOf) counts as not met: that report's own absence is the shortfall, and guessing
     * the figure could demand a statement the provider does not owe.
     */
    private static boolean thresholdMet(ReportDuty.Threshold threshold, ContractingRegion region, int year,
                                        List<Upload> uploads, Function<String, List<ReportRow>> rowsOfType,
                                        LocalDate asOf) {
        Optional<Upload> source = Upload.inForce(uploads, threshold.reportType(), Integer.toString(year));
        if (source.isEmpty() || completedOn(source.get()).isAfter(asOf)) {
            return false;
        }
        BigDecimal figure = BigDecimal.ZERO;
        for (ReportRow row : rowsOfType.apply(threshold.reportType())) {
            Object municipality = row.values().get("municipality");
            if (municipality != null && !inRegion(region, municipality.toString())) {
                continue;
            }
            if (row.values().get(threshold.column()) instanceof Number n) {
                figure = figure.add(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
            }
        }
        return threshold.appliesTo(figure);
    }

    private static boolean inRegion(ContractingRegion region, String municipality) {
        return region.measurementRegions().stream().anyMatch((MeasurementRegion m) -> m.contains(municipality));
    }

    private static LocalDate completedOn(Upload upload) {
        return LocalDate.ofInstant(upload.completedAt(), DutchTime.ZONE);
    }
}
