package nl.wmoscorecards.site;

import java.time.LocalDate;
import java.util.List;

/** One year's results as the edition may show them. */
record PublishedRun(int year, LocalDate asOf, List<PublishedResult> results) {
    PublishedRun {
        results = List.copyOf(results);
    }
}
