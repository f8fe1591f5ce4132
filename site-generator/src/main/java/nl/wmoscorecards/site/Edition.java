package nl.wmoscorecards.site;

/**
 * Who the site is for. PUBLIC never shows the counts of a group that was not measured, so no small
 * group can be read from it; INTERNAL is for the region's contract managers.
 */
public enum Edition {
    PUBLIC,
    INTERNAL;

    public boolean suppressesUnmeasuredCounts() {
        return this == PUBLIC;
    }
}
