package nl.wmoscorecards.core.region;

import java.time.LocalDate;
import java.util.Optional;
import nl.wmoscorecards.core.calendar.DateRange;

/**
 * When a contracting region's contract is in force (seed 001 "Contractfase": KPIs are monitored during the
 * contract). A year is measured only over the days of it that lie in the phase.
 *
 * @param start first day of the contract phase
 * @param end   last day, or null while the contract runs on
 */
public record ContractPhase(LocalDate start, LocalDate end) {

    public ContractPhase {
        if (start == null) {
            throw new IllegalArgumentException("a contract phase needs a start date");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("contract phase ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The part of 1 January - 31 December of the year inside the phase; empty for a year wholly outside it. */
    public Optional<DateRange> measurementPeriod(int year) {
        LocalDate last = end == null ? LocalDate.MAX : end;
        return DateRange.calendarYear(year).intersect(new DateRange(start, last));
    }

    /** Where a year lies that the phase does not touch: before it starts, or after it ended. */
    public Position position(int year) {
        if (measurementPeriod(year).isPresent()) {
            return Position.IN_FORCE;
        }
        return year < start.getYear() ? Position.BEFORE : Position.AFTER;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    public enum Position { BEFORE, IN_FORCE, AFTER }
}
