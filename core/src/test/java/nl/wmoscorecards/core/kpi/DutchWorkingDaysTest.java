package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.calendar.DutchWorkingDays.isPublicHoliday;
import static nl.wmoscorecards.core.calendar.DutchWorkingDays.isWorkingDay;
import static nl.wmoscorecards.core.calendar.DutchWorkingDays.plusWorkingDays;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days for the 305 deadline: weekends and Dutch public holidays (jollyday) are skipped. */
class DutchWorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2025-03-03, 5, 2025-03-10, a Monday start ends the next Monday",
            "2025-03-07, 5, 2025-03-14, a Friday start skips the weekend",
            "2025-03-08, 5, 2025-03-14, a Saturday start counts from Monday",
            "2025-04-17, 5, 2025-04-25, Good Friday counts; Easter Monday 21 April does not",
            "2026-04-24, 1, 2026-04-28, King's Day Monday 27 April 2026 is skipped",
            "2028-04-26, 1, 2028-04-28, King's Day Thursday 27 April 2028 is skipped",
            "2025-12-23, 5, 2026-01-02, Christmas, Boxing Day and New Year's Day are skipped",
            "2025-12-29, 5, 2026-01-06, across the year boundary",
            "2025-05-02, 1, 2025-05-06, Liberation Day 5 May is skipped",
            "2025-03-03, 0, 2025-03-03, zero working days is the day itself"})
    void deadlines(String start, int days, String deadline, String why) {
        assertThat(plusWorkingDays(LocalDate.parse(start), days)).isEqualTo(LocalDate.parse(deadline));
    }

    @Test
    void kingsDayMovesToSaturdayTheTwentySixthWhenTheTwentySeventhIsASunday() {
        assertThat(isPublicHoliday(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(isPublicHoliday(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(isPublicHoliday(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void easterMondayAndChristmasAreHolidaysGoodFridayIsNot() {
        assertThat(isWorkingDay(LocalDate.of(2025, 4, 21))).isFalse();
        assertThat(isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(isWorkingDay(LocalDate.of(2025, 12, 26))).isFalse();
        assertThat(isWorkingDay(LocalDate.of(2025, 4, 18))).isTrue();
        assertThat(isWorkingDay(LocalDate.of(2025, 12, 24))).isTrue();
    }
}
