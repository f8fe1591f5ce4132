package nl.wmoscorecards.core.escalation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Deadlines under the Algemene termijnenwet: a term ending on a non-working day runs to the next working day. */
public final class WorkingDayDeadlines implements DeadlineCalendar {
    @Override
    public LocalDate onOrAfterWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
