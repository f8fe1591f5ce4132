package nl.wmoscorecards.functions.handler;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly run's plan, {"year", "asOf", "regions"}: what kpi-run-plan answers, what the Map state iterates
 * (one {@link KpiRegionStep} per region) and what kpi-run-finish gets back (with the Map state's "measured",
 * which finish does not need: the results are in the table).
 */
public record KpiRunPlan(Integer year, String asOf, List<String> regions) {
    public KpiRunPlan {
        KpiRunSteps.requireYearAndDate(year, asOf);
        if (regions == null || regions.stream().anyMatch(r -> r == null)) {
            throw new IllegalArgumentException("kpi-run step input: \"regions\" must list measurement regions, got "
                    + regions);
        }
        regions = List.copyOf(regions);
    }

    public static KpiRunPlan of(int year, LocalDate asOf, List<String> regions) {
        return new KpiRunPlan(year, asOf.toString(), regions);
    }

    public LocalDate asOfDate() {
        return LocalDate.parse(asOf);
    }
}
