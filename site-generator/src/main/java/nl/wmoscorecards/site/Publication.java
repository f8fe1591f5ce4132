package nl.wmoscorecards.site;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a publish knows beyond the results: the day it publishes (which decides "voorlopig" or "definitief"
 * against each region's fixing date) and the previous publish of the same edition (whose figures a rerun
 * revises).
 */
public record Publication(LocalDate date, PreviousPublication previous) {
    public Publication {
        Objects.requireNonNull(date, "date");
        previous = previous == null ? PreviousPublication.NONE : previous;
    }

    /** A publish without an earlier one to compare with, on the given day. */
    public static Publication firstOn(LocalDate date) {
        return new Publication(date, PreviousPublication.NONE);
    }
}
