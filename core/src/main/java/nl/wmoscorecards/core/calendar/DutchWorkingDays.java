package nl.wmoscorecards.core.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days in the Netherlands: Monday to Friday, except Dutch public holidays from the maintained jollyday
 * calendar (New Year, Easter Monday, King's Day, Liberation Day, Ascension, Whit Monday, Christmas and Boxing Day).
 * Good Friday is an observance in that calendar, not a public holiday, so it stays a working day, as in the
 * Algemene termijnenwet.
 */
public final class DutchWorkingDays {
    private static final HolidayManager NETHERLANDS =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS_BY_YEAR = new ConcurrentHashMap<>();

    private DutchWorkingDays() {
    }

    public static boolean isPublicHoliday(LocalDate date) {
        return HOLIDAYS_BY_YEAR.computeIfAbsent(date.getYear(), DutchWorkingDays::publicHolidays).contains(date);
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /** The n-th working day after the date (the date itself never counts); n = 0 gives the date. */
    public static LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must be 0 or more: " + n);
        }
        LocalDate result = date;
        int counted = 0;
        while (counted < n) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    private static Set<LocalDate> publicHolidays(int year) {
        return NETHERLANDS.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY).stream()
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
