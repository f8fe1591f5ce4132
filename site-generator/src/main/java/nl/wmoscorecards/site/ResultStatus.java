package nl.wmoscorecards.site;

import java.time.LocalDate;
import nl.wmoscorecards.core.config.ScorecardsConfig;

/**
 * Whether a region's results of a year are provisional or final on the day of publishing, as CBS marks its
 * figures: "voorlopig" before the region's fixing date (config {@code resultsFixedOn}), "definitief" from it.
 * A rerun may still change a final figure; the revision log shows it either way.
 */
record ResultStatus(boolean definitive, LocalDate fixedOn) {

    static ResultStatus of(ScorecardsConfig config, String contractingRegion, int year, LocalDate publishedOn) {
        LocalDate fixedOn = config.regions().resultsFixedOn(contractingRegion).dateFor(year);
        return new ResultStatus(!publishedOn.isBefore(fixedOn), fixedOn);
    }

    /** The word in the open data's status column. */
    String word() {
        return definitive ? "definitief" : "voorlopig";
    }

    /** The line under a scorecard's heading. */
    String line(int year) {
        return definitive
                ? "Definitief: de resultaten over " + year + " zijn vastgesteld op " + DutchFormat.date(fixedOn) + "."
                : "Voorlopig: de regio stelt de resultaten over " + year + " vast op " + DutchFormat.date(fixedOn)
                        + ". Tot dan kunnen ze nog veranderen.";
    }
}
