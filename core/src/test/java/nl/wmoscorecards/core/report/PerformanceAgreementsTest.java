package nl.wmoscorecards.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.DeliveryState;
import nl.wmoscorecards.core.delivery.PerformanceAgreements;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each contracting region's performance agreements, assessed at the boundaries: due date against the first
 * working day after it, weekends and Dutch public holidays, the contract phase, the threshold of seed 004 and a
 * region that only monitors.
 */
class PerformanceAgreementsTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final PerformanceAgreements SHIPPED = CONFIG.reportDuties();
    private static final String PROVIDER = "12345678";

    /** DWO's contract is in force from 2024; these duties are the test's own, not DWO's agreements. */
    private static PerformanceAgreements dwoWith(boolean escalates, ReportDuty... duties) {
        return new PerformanceAgreements(new PerformanceAgreementCatalog(List.of(
                new PerformanceAgreement("dwo", "test", escalates, false, List.of(duties)))), CONFIG.regions());
    }

    private static ReportDuty yearly(String type, String due) {
        return new ReportDuty(type, Frequency.YEARLY, due, null);
    }

    private static Upload accepted(String type, String period, String completedAt) {
        return Upload.pending("u-" + type + period, PROVIDER, type, period, "f.csv", "text/csv", "k", Instant.parse(completedAt))
                .completed(UploadStatus.ACCEPTED, List.of(), 1, "h", Instant.parse(completedAt), null);
    }

    private static List<ReportDelivery> assess(PerformanceAgreements agreements, String region, int year, LocalDate asOf,
                                               Function<String, List<ReportRow>> rows, Upload... uploads) {
        return agreements.assess(region, PROVIDER, year, List.of(uploads), rows, asOf);
    }

    private static Map<String, DeliveryState> states(List<ReportDelivery> deliveries) {
        return deliveries.stream().collect(Collectors.toMap(ReportDelivery::reportType, ReportDelivery::state));
    }

    private static ReportDelivery only(List<ReportDelivery> deliveries) {
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    /**
     * A yearly report due on a day of the year after: a day that is no working day moves the due date on, an
     * upload that day is on time, the day after it is missing, and it escalates on the first working day after.
     */
    @ParameterizedTest(name = "due {0} of {1}''s report: due {2}, escalated {3}")
    @CsvSource({
            "04-01, 2025, 2026-04-01, 2026-04-02", // a Wednesday: escalated Thursday
            "04-01, 2028, 2029-04-03, 2029-04-04", // Easter Sunday, then Easter Monday: due Tuesday 3 April
            "04-26, 2027, 2028-04-26, 2028-04-28", // a Wednesday; Thursday 27 April is King's Day: escalated Friday
    })
    void aYearlyReportIsDueOnTheWorkingDayItFallsOnOrAfterAndEscalatesTheWorkingDayAfter(
            String dueDay, int year, LocalDate due, LocalDate escalates) {
        PerformanceAgreements agreements = dwoWith(true, yearly("sroi", dueDay));
        ReportDelivery onDueDate = only(assess(agreements, "dwo", year, due, t -> List.of()));
        assertThat(onDueDate.due()).isEqualTo(due);
        assertThat(onDueDate.state()).isEqualTo(DeliveryState.OPEN);
        assertThat(onDueDate.escalatesOn()).isEqualTo(escalates);
        assertThat(onDueDate.escalatesAsOf(due)).isFalse();
        assertThat(only(assess(agreements, "dwo", year, due, t -> List.of(),
                accepted("sroi", String.valueOf(year), due + "T10:00:00Z"))).state()).isEqualTo(DeliveryState.DELIVERED);

        ReportDelivery dayAfter = only(assess(agreements, "dwo", year, due.plusDays(1), t -> List.of()));
        assertThat(dayAfter.state()).isEqualTo(DeliveryState.MISSING);
        assertThat(dayAfter.contractingRegion()).isEqualTo("dwo");
        assertThat(dayAfter.escalatesAsOf(escalates.minusDays(1))).isFalse();
        assertThat(dayAfter.escalatesAsOf(escalates)).isTrue();
    }

    @Test
    void deliveredOnTheDueDateIsOnTimeAndTheDayAfterIsLate() {
        PerformanceAgreements agreements = dwoWith(true, yearly("sroi", "04-01"), yearly("klachten", "04-01"));
        Map<String, DeliveryState> states = states(assess(agreements, "dwo", 2025, LocalDate.of(2026, 5, 1), t -> List.of(),
                accepted("sroi", "2025", "2026-03-31T21:00:00Z"),       // 1 April 2026 in Amsterdam: on time
                accepted("klachten", "2025", "2026-04-01T23:00:00Z"))); // 2 April in Amsterdam: late
        assertThat(states).containsEntry("sroi", DeliveryState.DELIVERED).containsEntry("klachten", DeliveryState.LATE);
    }

    @Test
    void aRegionThatOnlyMonitorsShowsAMissingReportButNeverEscalatesIt() {
        ReportDelivery delivery = only(assess(dwoWith(false, yearly("sroi", "04-01")), "dwo", 2025,
                LocalDate.of(2026, 12, 31), t -> List.of()));
        assertThat(delivery.state()).isEqualTo(DeliveryState.MISSING);
        assertThat(delivery.escalatesOn()).isNull();
        assertThat(delivery.escalatesAsOf(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void zaanstreekWaterlandOwesNoReportForAYearBeforeItsContractPhase() {
        assertThat(assess(SHIPPED, "zaanstreek-waterland", 2025, LocalDate.of(2026, 12, 31), t -> List.of())).isEmpty();
        List<ReportDelivery> from2026 = assess(SHIPPED, "zaanstreek-waterland", 2026, LocalDate.of(2027, 4, 2), t -> List.of());
        assertThat(from2026).extracting(ReportDelivery::reportType).containsExactlyInAnyOrder("sroi", "klachten", "cto",
                "mto", "financieel-jaaroverzicht", "clientaantallen", "calamiteiten", "kwaliteitscertificaat");
        assertThat(from2026).allSatisfy(d -> {
            assertThat(d.due()).isEqualTo(LocalDate.of(2027, 4, 1));
            assertThat(d.state()).isEqualTo(DeliveryState.MISSING);
            assertThat(d.escalatesOn()).isEqualTo(LocalDate.of(2027, 4, 2));
        });
    }

    @Test
    void brabantAndDrechtstedenRequireNoReportAndDwoNoneYet() {
        for (String region : List.of("bno-oost", "drechtsteden", "dwo")) {
            assertThat(assess(SHIPPED, region, 2025, LocalDate.of(2026, 12, 31), t -> List.of())).as(region).isEmpty();
        }
    }

    @Test
    void middenLimburgsProductionReportIsDueBeforeFirstOfMarchMovedPastTheWeekend() {
        // 1 March 2026 is a Sunday: due Monday 2 March, escalated Tuesday 3 March.
        List<ReportDelivery> deliveries = assess(SHIPPED, "midden-limburg", 2025, LocalDate.of(2026, 3, 2), t -> List.of());
        ReportDelivery production = only(deliveries);
        assertThat(production.reportType()).isEqualTo("productieverantwoording");
        assertThat(production.due()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(production.state()).isEqualTo(DeliveryState.OPEN);
        assertThat(production.escalatesOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    private static Function<String, List<ReportRow>> production(String... municipalityAndAmount) {
        List<ReportRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < municipalityAndAmount.length; i += 2) {
            rows.add(new ReportRow(i + 2, Map.of("municipality", municipalityAndAmount[i], "productCode", "02A01",
                    "amount", new BigDecimal(municipalityAndAmount[i + 1]))));
        }
        return type -> type.equals("productieverantwoording") ? rows : List.of();
    }

    @Test
    void aboveTheThresholdOfSeed004AnAccountantsStatementIsDueAtItABoardStatement() {
        Upload productionReport = accepted("productieverantwoording", "2025", "2026-02-20T10:00:00Z");
        LocalDate asOf = LocalDate.of(2026, 4, 2);
        // Exactly € 125.000 in Midden-Limburg (Oss, 0828, is Brabant's and does not count).
        assertThat(states(assess(SHIPPED, "midden-limburg", 2025, asOf,
                production("0957", "100000.00", "0988", "25000.00", "0828", "900000"), productionReport)))
                .containsOnly(Map.entry("productieverantwoording", DeliveryState.DELIVERED),
                        Map.entry("bestuursverklaring", DeliveryState.MISSING));
        assertThat(states(assess(SHIPPED, "midden-limburg", 2025, asOf,
                production("0957", "100000.00", "0988", "25000.01"), productionReport)))
                .containsOnly(Map.entry("productieverantwoording", DeliveryState.DELIVERED),
                        Map.entry("accountantsverklaring", DeliveryState.MISSING));
        ReportDelivery statement = assess(SHIPPED, "midden-limburg", 2025, asOf,
                production("0957", "125000.01"), productionReport).get(1);
        assertThat(statement.due()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(statement.escalatesOn()).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    @Test
    void withoutAProductionReportNoStatementIsDemandedOnlyTheProductionReportIsMissing() {
        assertThat(states(assess(SHIPPED, "midden-limburg", 2025, LocalDate.of(2026, 4, 2), production("0957", "500000"))))
                .containsOnly(Map.entry("productieverantwoording", DeliveryState.MISSING));
    }

    @Test
    void aBiennialReportOfTheYearBeforeCounts() {
        PerformanceAgreements agreements = dwoWith(true, new ReportDuty("cto", Frequency.BIENNIAL, "04-01", null),
                new ReportDuty("mto", Frequency.BIENNIAL, "04-01", null));
        Map<String, DeliveryState> states = states(assess(agreements, "dwo", 2025, LocalDate.of(2026, 5, 1), t -> List.of(),
                accepted("cto", "2024", "2025-02-01T10:00:00Z")));
        assertThat(states).containsEntry("cto", DeliveryState.DELIVERED).containsEntry("mto", DeliveryState.MISSING);
    }

    @Test
    void anUploadAfterTheAsOfDateHasNotHappenedYetAndARejectedOneDeliversNothing() {
        PerformanceAgreements agreements = dwoWith(true, yearly("sroi", "04-01"));
        Upload later = accepted("sroi", "2025", "2026-03-15T10:00:00Z");
        assertThat(only(assess(agreements, "dwo", 2025, LocalDate.of(2026, 3, 1), t -> List.of(), later)).state())
                .isEqualTo(DeliveryState.OPEN);
        assertThat(only(assess(agreements, "dwo", 2025, LocalDate.of(2026, 3, 15), t -> List.of(), later)).state())
                .isEqualTo(DeliveryState.DELIVERED);
        Upload rejected = Upload.pending("r", PROVIDER, "sroi", "2025", "f.csv", "text/csv", "k", Instant.parse("2026-01-01T00:00:00Z"))
                .completed(UploadStatus.REJECTED, List.of(), 0, "h", Instant.parse("2026-01-01T00:00:00Z"), null);
        assertThat(only(assess(agreements, "dwo", 2025, LocalDate.of(2026, 5, 1), t -> List.of(), rejected)).state())
                .isEqualTo(DeliveryState.MISSING);
    }
}
