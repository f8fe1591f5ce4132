package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.wmoscorecards.core.calendar.DutchTime;

/** The Dutch calendar day a schedule fired for, shared by the scheduled handlers. */
final class ScheduledDates {

    private ScheduledDates() {
    }

    /**
     * The day of the event's scheduled time (so a retry after midnight still means the day it was meant for);
     * today by the clock when the event has no time, as in a hand-started run.
     */
    static LocalDate firedOn(ScheduledEvent event, Clock clock) {
        Instant fired = event.getTime() == null ? clock.instant() : Instant.ofEpochMilli(event.getTime().getMillis());
        return LocalDate.ofInstant(fired, DutchTime.ZONE);
    }
}
