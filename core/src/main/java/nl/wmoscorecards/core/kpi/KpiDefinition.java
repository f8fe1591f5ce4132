package nl.wmoscorecards.core.kpi;

import java.util.Map;

/**
 * One KPI of a region's catalogue, as data.
 *
 * @param measure            the rule that computes it (see {@link Measures})
 * @param parameters         the rule's parameters, e.g. {@code days: 42}
 * @param unit               {@code percent} or {@code grade}
 * @param norm               absent: monitored only, shown without band and never escalated
 * @param minimumRespondents for survey-based KPIs, the respondents needed besides the clients
 */
public record KpiDefinition(
        String id,
        String name,
        String description,
        String measure,
        Map<String, Object> parameters,
        String unit,
        Norm norm,
        Integer minimumRespondents) {

    public KpiDefinition {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public int intParameter(String name) {
        Object value = parameters.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("KPI " + id + " needs a numeric parameter '" + name + "'");
        }
        return number.intValue();
    }
}
