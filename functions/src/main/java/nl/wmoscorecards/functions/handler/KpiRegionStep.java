package nl.wmoscorecards.functions.handler;

import java.time.LocalDate;

/** One branch of the yearly run's Map state, {"year", "asOf", "region"}: the input of kpi-region-run. */
public record KpiRegionStep(Integer year, String asOf, String region) {
    public KpiRegionStep {
        KpiRunSteps.requireYearAndDate(year, asOf);
        if (region == null) {
            throw new IllegalArgumentException("kpi-run step input: \"region\" must name a measurement region, got null");
        }
    }

    public static KpiRegionStep of(int year, LocalDate asOf, String region) {
        return new KpiRegionStep(year, asOf.toString(), region);
    }

    public LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }
}
