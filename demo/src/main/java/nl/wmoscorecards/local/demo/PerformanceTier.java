package nl.wmoscorecards.local.demo;

/** Which band a provider is meant to land in, so the scorecard shows good, sufficient and insufficient. */
enum PerformanceTier {
    GOOD,
    SUFFICIENT,
    INSUFFICIENT
}
