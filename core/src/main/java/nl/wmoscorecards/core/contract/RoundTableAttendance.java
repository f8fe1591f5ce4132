package nl.wmoscorecards.core.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who missed the round tables of a contracting region (seed 001: "Bij zonder opgaaf van redenen of het meer
 * dan tweemaal missen van de overlegtafel kunnen de gemeenten besluiten om betreffende zorgaanbieder
 * (tijdelijk) niet meer uit te nodigen"). Counted over the round tables held in the planned year and the year
 * before, so a left-out provider is invited again once its misses are older: the seed's "(tijdelijk)".
 */
public final class RoundTableAttendance {
    /** Missed more than this many times: left out. */
    public static final int MISSES_ALLOWED = 2;

    /** @param missed round tables missed; withoutReason of them, missed without giving a reason beforehand */
    public record Absences(int missed, int withoutReason) {
        public boolean overLimit() {
            return missed > MISSES_ALLOWED;
        }
    }

    private RoundTableAttendance() {
    }

    /** The first year whose round tables count for a table planned in {@code year}. */
    public static int firstCountedYear(int year) {
        return year - 1;
    }

    /** Per provider that missed at least one counted round table, its absences. */
    public static Map<String, Absences> absences(List<RoundTableMeeting> meetings, int year) {
        Map<String, Absences> absences = new TreeMap<>();
        for (RoundTableMeeting meeting : meetings) {
            int held = meeting.date().getYear();
            if (held < firstCountedYear(year) || held > year) {
                continue;
            }
            for (String provider : meeting.invited()) {
                if (meeting.missed(provider)) {
                    int withoutReason = meeting.missedWithoutReason(provider) ? 1 : 0;
                    absences.merge(provider, new Absences(1, withoutReason),
                            (a, b) -> new Absences(a.missed() + b.missed(), a.withoutReason() + b.withoutReason()));
                }
            }
        }
        return absences;
    }
}
