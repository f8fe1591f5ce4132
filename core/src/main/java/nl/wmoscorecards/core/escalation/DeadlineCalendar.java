package nl.wmoscorecards.core.escalation;

import java.time.LocalDate;

/**
 * Where a deadline lands. Under the Dutch Algemene termijnenwet a term that ends on a Saturday, Sunday or
 * public holiday runs on to the next working day.
 */
@FunctionalInterface
public interface DeadlineCalendar {
    LocalDate onOrAfterWorkingDay(LocalDate date);
}
