package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read in Dutch: a decimal comma, digit grouping with a point, "1 april 2026". */
final class DutchFormat {
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private DutchFormat() {
    }

    /** A KPI value for display in its unit (see {@link Unit}); bands are never decided on this text. */
    static String value(double value, String unit) {
        return Unit.of(unit).format(BigDecimal.valueOf(value));
    }

    /** A norm threshold as configured, without trailing zeros: 65 gives "65%", 8.5 gives "8,5". */
    static String threshold(BigDecimal threshold, String unit) {
        return Unit.of(unit).threshold(threshold);
    }

    /** A count with Dutch digit grouping: 2000 reads "2.000". */
    static String count(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder grouped = new StringBuilder(digits.length() + 6);
        if (count < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
