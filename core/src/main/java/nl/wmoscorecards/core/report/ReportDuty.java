package nl.wmoscorecards.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * One report a contracting region's performance agreements require: the type, how often, the due date in the
 * year after the year it is about, and optionally a threshold on a figure from another report of that year.
 *
 * @param due       month and day in the year after the reported year, "MM-DD" (e.g. "04-01")
 * @param threshold null when the duty applies to every provider under the agreements
 */
public record ReportDuty(String reportType, Frequency frequency, String due, Threshold threshold) {

    public ReportDuty {
        if (reportType == null || reportType.isBlank()) {
            throw new IllegalArgumentException("a report duty needs a reportType");
        }
        if (frequency == null || frequency == Frequency.ON_REQUEST) {
            throw new IllegalArgumentException("report duty " + reportType
                    + " needs a frequency that falls due (YEARLY, BIENNIAL or PER_CONVERSATION)");
        }
        try {
            MonthDay.parse("--" + due);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("report duty " + reportType + " has due \"" + due
                    + "\"; expected month-day as MM-DD, e.g. 04-01", e);
        }
    }

    /** The due date of the report about the year, as the agreements write it (before any working-day shift). */
    public LocalDate nominalDue(int year) {
        return MonthDay.parse("--" + due).atYear(year + 1);
    }

    /**
     * The duty applies only when the provider's figure (the sum of a column of another report of the year, over
     * the region's municipalities) is above, or at most, the amount. Exactly one of above and atMost is set.
     */
    public record Threshold(String reportType, String column, BigDecimal above, BigDecimal atMost) {
        public Threshold {
            if ((above == null) == (atMost == null)) {
                throw new IllegalArgumentException("a threshold on " + reportType + "." + column
                        + " needs exactly one of above and atMost");
            }
        }

        public boolean appliesTo(BigDecimal figure) {
            return above != null ? figure.compareTo(above) > 0 : figure.compareTo(atMost) <= 0;
        }
    }
}
