package nl.wmoscorecards.core.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd; a date that does not exist (30-02-2025) is refused. */
final class DutchDates {
    private static final Pattern DUTCH = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private DutchDates() {
    }

    static LocalDate parse(String raw) throws CellRefusal {
        String text = Cells.clean(raw);
        Matcher dutch = DUTCH.matcher(text);
        Matcher iso = ISO.matcher(text);
        int year;
        int month;
        int day;
        if (dutch.matches()) {
            day = Integer.parseInt(dutch.group(1));
            month = Integer.parseInt(dutch.group(2));
            year = Integer.parseInt(dutch.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            throw new CellRefusal("'" + ReportProblem.quote(text) + "' is geen datum die we kunnen lezen. Schrijf de datum als"
                    + " dd-mm-jjjj, bijvoorbeeld 31-12-2025.", "not a date: expected dd-mm-yyyy or yyyy-mm-dd");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CellRefusal("Het jaartal " + year + " klopt niet. Gebruik vier cijfers, bijvoorbeeld 2025.",
                    "year out of range " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CellRefusal("De datum " + ReportProblem.quote(text) + " bestaat niet. Controleer de dag en de maand (dd-mm-jjjj).",
                    "date does not exist");
        }
    }
}
