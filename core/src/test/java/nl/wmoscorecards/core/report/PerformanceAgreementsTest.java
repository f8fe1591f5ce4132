package nl.wmoscorecards.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import org.junit.jupiter.api.Test;

class PerformanceAgreementsTest {
    private static final ReportTypeCatalog TYPES = new ReportTypeCatalog(List.of(
            new ReportType("sroi", "SROI", "", Frequency.YEARLY, true, false, List.of()),
            new ReportType("klachten", "Klachten", "", Frequency.YEARLY, true, false, List.of()),
            new ReportType("cto", "CTO", "", Frequency.BIENNIAL, true, false, List.of()),
            new ReportType("mto", "MTO", "", Frequency.BIENNIAL, true, false, List.of()),
            new ReportType("wachtlijst", "Wachtlijst", "", Frequency.ON_REQUEST, false, false, List.of())));

    private static Upload accepted(String type, String period, String completedAt) {
        return Upload.pending("u-" + type + period, "12345678", type, period, "f.csv", "text/csv", "k", Instant.parse(completedAt))
                .completed(UploadStatus.ACCEPTED, List.of(), 1, "h", Instant.parse(completedAt), null);
    }

    private static Map<String, DeliveryState> assess(LocalDate asOf, Upload... uploads) {
        return new PerformanceAgreements(TYPES).assess("12345678", 2025, List.of(uploads), asOf).stream()
                .collect(Collectors.toMap(ReportDelivery::reportType, ReportDelivery::state));
    }

    @Test
    void aYearlyReportIsDueOnTheFirstOfAprilAfterTheYear() {
        Map<String, DeliveryState> states = assess(LocalDate.of(2026, 5, 1),
                accepted("sroi", "2025", "2026-03-31T21:00:00Z"),     // 1 April 2026 in Amsterdam: on time
                accepted("klachten", "2025", "2026-04-01T23:00:00Z")); // 2 April in Amsterdam: late
        assertThat(states).containsEntry("sroi", DeliveryState.DELIVERED).containsEntry("klachten", DeliveryState.LATE);
    }

    @Test
    void aBiennialReportOfTheYearBeforeCountsAndOnRequestReportsAreNotAssessed() {
        Map<String, DeliveryState> states = assess(LocalDate.of(2026, 5, 1), accepted("cto", "2024", "2025-02-01T10:00:00Z"));
        assertThat(states).containsEntry("cto", DeliveryState.DELIVERED).containsEntry("mto", DeliveryState.MISSING)
                .doesNotContainKey("wachtlijst");
    }

    @Test
    void beforeTheDueDateAMissingReportIsOpenNotMissing() {
        assertThat(assess(LocalDate.of(2026, 4, 1))).containsEntry("sroi", DeliveryState.OPEN);
        assertThat(assess(LocalDate.of(2026, 4, 2))).containsEntry("sroi", DeliveryState.MISSING);
    }

    @Test
    void anUploadAfterTheAsOfDateHasNotHappenedYet() {
        Upload later = accepted("sroi", "2025", "2026-03-15T10:00:00Z");
        assertThat(assess(LocalDate.of(2026, 3, 1), later)).containsEntry("sroi", DeliveryState.OPEN);
        assertThat(assess(LocalDate.of(2026, 3, 15), later)).containsEntry("sroi", DeliveryState.DELIVERED);
    }

    @Test
    void aRejectedUploadDeliversNothing() {
        Upload rejected = Upload.pending("r", "12345678", "sroi", "2025", "f.csv", "text/csv", "k", Instant.parse("2026-01-01T00:00:00Z"))
                .completed(UploadStatus.REJECTED, List.of(), 0, "h", Instant.parse("2026-01-01T00:00:00Z"), null);
        assertThat(assess(LocalDate.of(2026, 5, 1), rejected)).containsEntry("sroi", DeliveryState.MISSING);
    }
}
