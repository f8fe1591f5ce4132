package nl.wmoscorecards.local.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.wmoscorecards.core.calendar.DutchTime;

/**
 * The demo's time frame: the measured year, the year before it (carry-over allocations) and the
 * extraction date after which nothing has been sent yet.
 */
record DemoCalendar(int year) {

    LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }

    LocalDate previousYearFirstDay() {
        return LocalDate.of(year - 1, 1, 1);
    }

    /** Messages are extracted at the end of January after the year: later messages do not exist yet. */
    LocalDate extractionDate() {
        return LocalDate.of(year + 1, 1, 31);
    }

    boolean sentByExtraction(Instant sentAt) {
        return sentAt.isBefore(extractionDate().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant());
    }

    LocalDate randomDayIn(int y, DemoRandom random) {
        LocalDate first = LocalDate.of(y, 1, 1);
        return first.plusDays(random.between(0, first.lengthOfYear() - 1));
    }

    /** Messages go out during office hours on working days; a weekend day moves to the Monday. */
    Instant officeTime(LocalDate day, DemoRandom random) {
        LocalDate workingDay = day;
        while (workingDay.getDayOfWeek() == DayOfWeek.SATURDAY || workingDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            workingDay = workingDay.plusDays(1);
        }
        LocalDateTime local = workingDay.atTime(random.between(8, 16), random.between(0, 59));
        return local.atZone(DutchTime.ZONE).toInstant();
    }
}
