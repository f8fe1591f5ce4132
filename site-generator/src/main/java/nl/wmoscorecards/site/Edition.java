package nl.wmoscorecards.site;

/**
 * Who the site is for: PUBLIC (anyone; what it may show is decided by {@link PublicationPolicy} alone) or
 * INTERNAL (the region's contract managers: every figure, and the internal pages).
 */
public enum Edition {
    PUBLIC,
    INTERNAL
}
