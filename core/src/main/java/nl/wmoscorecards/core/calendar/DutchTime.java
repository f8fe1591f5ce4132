package nl.wmoscorecards.core.calendar;

import java.time.ZoneId;

/** The one time zone of the product: message dates, deadlines, schedules and the site's dates are Dutch. */
public final class DutchTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }
}
