package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.allocation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Zaanstreek-Waterland's performance agreement (seed 001): "Dit iWmo305-bericht dient binnen 5 werkdagen na de
 * start van de zorg verstuurd te worden". Working days skip weekends and Dutch public holidays; the start day does
 * not count, so a 305 sent on the 5th working day after the start is on time and one sent on the 6th is late.
 * Measured in 2027, inside the contract phase.
 */
class StartReportedWithinFiveWorkingDaysTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final String KPI = "start-reported-within-5-working-days";
    private static final int YEAR = 2027;
    private static final LocalDate AS_OF = LocalDate.of(2028, 3, 1);

    private static KpiCatalog catalog(int year) {
        return CONFIG.kpiCatalog("zaanstreek-waterland", year).orElseThrow();
    }

    private static KpiDefinition kpi(int year) {
        return catalog(year).kpis().stream().filter(k -> k.id().equals(KPI)).findFirst().orElseThrow(
                () -> new AssertionError("Zaanstreek-Waterland's catalogue of " + year + " has no " + KPI));
    }

    private static Tally compute(Allocation... own) {
        MeasureInput input = new MeasureInput(YEAR, AS_OF, catalog(YEAR), List.of(own), List.of());
        return Measures.named(kpi(YEAR).measure()).compute(MeasureContext.of(input), kpi(YEAR));
    }

    /** Whether a 305 for a start on {@code start}, sent at noon on {@code sentOn}, is on time. */
    private static boolean onTime(String start, String sentOn) {
        Tally o = compute(allocation().assigned(start).startedSentOn(start, sentOn).build());
        assertThat(o.denominator()).isEqualTo(1);
        return o.numerator().signum() == 1;
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2030})
    void everyYearOfTheCatalogueMonitorsItWithoutNormOrBand(int year) {
        KpiDefinition kpi = kpi(year);
        assertThat(kpi.measure()).isEqualTo("start-reported-within-working-days");
        assertThat(kpi.intParameter("workingDays")).isEqualTo(5);
        assertThat(kpi.unit()).isEqualTo("percent");
        assertThat(kpi.norm()).as("monitored until the region sets a norm").isNull();
    }

    @ParameterizedTest(name = "start {0}: sent {1} on time, {2} late")
    @CsvSource({
            // Thursday: Fri, Mon, Tue, Wed, Thu.
            "2027-03-04, 2027-03-11, 2027-03-12",
            // Tuesday 4 May 2027: Liberation Day (Wed 5) and Ascension (Thu 6) in between; Fri 7, Mon 10-Thu 13.
            "2027-05-04, 2027-05-13, 2027-05-14",
            // Friday 14 May 2027: Whit Monday 17 May skipped; Tue 18 to Mon 24.
            "2027-05-14, 2027-05-24, 2027-05-25",
            // Friday 23 April 2027: King's Day on Tuesday 27 April skipped; Mon 26, Wed 28 to Mon 3 May.
            "2027-04-23, 2027-05-03, 2027-05-04",
            // Thursday 25 March 2027: Good Friday counts, Easter Monday 29 March does not; Fri 26, Tue 30 to Fri 2 April.
            "2027-03-25, 2027-04-02, 2027-04-05",
            // Saturday: the working days start on Monday.
            "2027-03-06, 2027-03-12, 2027-03-15",
            // Thursday 23 December 2027: Christmas falls on the weekend; Fri 24, Mon 27 to Thu 30.
            "2027-12-23, 2027-12-30, 2027-12-31",
    })
    void theFifthWorkingDayIsOnTimeTheSixthIsLate(String start, String fifthWorkingDay, String sixthWorkingDay) {
        assertThat(onTime(start, fifthWorkingDay)).as("sent on the 5th working day").isTrue();
        assertThat(onTime(start, sixthWorkingDay)).as("sent on the 6th working day").isFalse();
    }

    @Test
    void aReportBeforeOrOnTheStartDayIsOnTime() {
        assertThat(onTime("2027-03-04", "2027-03-01")).isTrue();
        assertThat(onTime("2027-03-04", "2027-03-04")).isTrue();
    }

    @Test
    void theSendingDayIsTheDutchDate() {
        // Start Thursday 4 March 2027; the 5th working day is Thursday 11 March.
        Allocation justBeforeMidnight = allocation().assigned("2027-03-04")
                .startedSentAt("2027-03-04", LocalDateTime.parse("2027-03-11T23:30").atZone(DutchTime.ZONE).toInstant()).build();
        Allocation justAfterMidnight = allocation().assigned("2027-03-04")
                .startedSentAt("2027-03-04", LocalDateTime.parse("2027-03-12T00:30").atZone(DutchTime.ZONE).toInstant()).build();
        assertThat(compute(justBeforeMidnight).numerator()).isEqualByComparingTo("1");
        assertThat(compute(justAfterMidnight).numerator()).as("23:30 UTC on the 11th is the 12th in the Netherlands")
                .isEqualByComparingTo("0");
    }

    @Test
    void thePopulationIsTheStartsInTheYear() {
        Tally o = compute(
                allocation().assigned("2026-12-01").startedSentOn("2026-12-31", "2027-01-04").build(),
                allocation().assigned("2027-12-01").startedSentOn("2027-12-31", "2028-01-03").build(),
                allocation().assigned("2027-12-01").build());
        assertThat(o.denominator()).as("only the start on 31 December 2027").isEqualTo(1);
        assertThat(o.numerator()).isEqualByComparingTo("1");
    }

    @Test
    void theRunMeasuresItWithoutBandSoItNeverEscalates() {
        MeasurementRegion zaanstad = CONFIG.regions().measurementRegion("zaanstad-wormerland").orElseThrow();
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // Start Thursday 4 March 2027: seven sent on the 5th working day, five on the 6th.
            allocations.add(allocation().assigned("2027-03-01")
                    .startedSentOn("2027-03-04", i < 7 ? "2027-03-11" : "2027-03-12").build());
        }
        KpiResult result = new KpiEngine(CONFIG)
                .runRegion(YEAR, AS_OF, zaanstad, catalog(YEAR), allocations, List.of()).stream()
                .filter(r -> r.kpi().equals(KPI)).findFirst().orElseThrow();
        assertThat(result.measured()).isTrue();
        assertThat(result.numerator()).isEqualByComparingTo("7");
        assertThat(result.denominator()).isEqualTo(12);
        assertThat(result.band()).isNull();
    }
}
