package nl.wmoscorecards.functions.handler;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the steps of the yearly run's state machine hand each other: {"year", "asOf"} plus "regions" (the plan's
 * list) or "region" (one unit). A step that gets something else fails with a message naming the field.
 */
record KpiRunStep(int year, LocalDate asOf) {

    static KpiRunStep of(Map<String, Object> input) {
        Object year = input.get("year");
        Object asOf = input.get("asOf");
        if (!(year instanceof Number number)) {
            throw new IllegalArgumentException("kpi-run step input: \"year\" must be a number, got " + year);
        }
        if (!(asOf instanceof String date)) {
            throw new IllegalArgumentException("kpi-run step input: \"asOf\" must be a date yyyy-mm-dd, got " + asOf);
        }
        return new KpiRunStep(number.intValue(), LocalDate.parse(date));
    }

    static String region(Map<String, Object> input) {
        if (input.get("region") instanceof String region) {
            return region;
        }
        throw new IllegalArgumentException("kpi-run step input: \"region\" must name a measurement region, got "
                + input.get("region"));
    }

    static List<String> regions(Map<String, Object> input) {
        if (input.get("regions") instanceof List<?> regions && regions.stream().allMatch(String.class::isInstance)) {
            return regions.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("kpi-run step input: \"regions\" must list measurement regions, got "
                + input.get("regions"));
    }
}
