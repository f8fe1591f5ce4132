package nl.wmoscorecards.core.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Days from {@code first} to {@code last}, both inclusive. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("a date range needs first <= last, got " + first + " - " + last);
        }
    }

    /** 1 January to 31 December of the year. */
    public static DateRange calendarYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first) && !date.isAfter(last);
    }

    /** The days both ranges share; empty when they do not meet. */
    public Optional<DateRange> intersect(DateRange other) {
        LocalDate from = first.isAfter(other.first) ? first : other.first;
        LocalDate to = last.isBefore(other.last) ? last : other.last;
        return to.isBefore(from) ? Optional.empty() : Optional.of(new DateRange(from, to));
    }

    public boolean isWholeCalendarYear() {
        return first.getDayOfYear() == 1 && first.getYear() == last.getYear()
                && last.equals(LocalDate.of(first.getYear(), 12, 31));
    }
}
