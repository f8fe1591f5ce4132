package nl.wmoscorecards.functions.handler;

/**
 * What kpi-region-run answers, {"region", "results", "measured"}: counts only, the results stay in the table (a
 * national region's results would not fit a state's payload).
 */
public record KpiRegionSummary(String region, int results, long measured) {
}
