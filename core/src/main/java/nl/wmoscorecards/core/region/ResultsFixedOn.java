package nl.wmoscorecards.core.region;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The day in the year after the measured year on which a contracting region fixes its KPI results: before it
 * they are provisional ("voorlopig"), from it final ("definitief"). Seed 001 (Zaanstreek-Waterland): "uiterlijk
 * 1 april". Configuration per contracting region ({@code resultsFixedOn} in regions.yaml); a region whose seed
 * is silent gets {@link #DEFAULT}, 1 July: half a year after the measured year, so no region's figures are
 * called final before late reports and corrections have had their time.
 */
public record ResultsFixedOn(int month, int day) {
    public static final ResultsFixedOn DEFAULT = new ResultsFixedOn(7, 1);

    public ResultsFixedOn {
        MonthDay.of(month, day); // throws on 31 April and the like
        if (month == 2 && day == 29) {
            throw new IllegalArgumentException("resultsFixedOn cannot be 29 February: not every year has one");
        }
    }

    /** The date the results of the measured year become final. */
    public LocalDate dateFor(int measuredYear) {
        return LocalDate.of(measuredYear + 1, month, day);
    }
}
