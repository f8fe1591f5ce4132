package nl.wmoscorecards.functions.handler;

/** What kpi-run-finish answers, the execution's output: {"year", "asOf", "regions", "results", "measured", "escalations"}. */
public record KpiRunSummary(int year, String asOf, int regions, int results, long measured, int escalations) {
}
