package nl.wmoscorecards.core.escalation;

import java.time.LocalDate;
import nl.wmoscorecards.core.calendar.DutchWorkingDays;

/**
 * Deadlines under the Algemene termijnenwet: a term ending on a Saturday, Sunday or Dutch public holiday
 * runs on to the next working day.
 */
public final class WorkingDayDeadlines implements DeadlineCalendar {
    @Override
    public LocalDate onOrAfterWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!DutchWorkingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
