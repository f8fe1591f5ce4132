package nl.wmoscorecards.core.report;

/** How often a report is due (seed 001, "Prestatieafspraken"). */
public enum Frequency {
    /** Once a year, about the previous year. */
    YEARLY,
    /** Once every two years. */
    BIENNIAL,
    /** Before each contract-management conversation (at least yearly). */
    PER_CONVERSATION,
    /** Only when the municipality asks: never late by itself. */
    ON_REQUEST
}
