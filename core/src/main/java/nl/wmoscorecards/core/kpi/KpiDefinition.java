package nl.wmoscorecards.core.kpi;

import java.util.List;
import java.util.Map;

/**
 * One KPI of a region's catalogue, as data.
 *
 * @param measure            the rule that computes it (see {@link Measures})
 * @param parameters         the rule's parameters, e.g. {@code days: 42}
 * @param unit               {@code percent}, {@code grade}, {@code count}, {@code days} or {@code euro}
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

    public int intParameter(String name, int fallback) {
        return parameters.containsKey(name) ? intParameter(name) : fallback;
    }

    public String stringParameter(String name, String fallback) {
        Object value = parameters.get(name);
        return value == null ? fallback : value.toString();
    }

    /** A list of codes or names; an unquoted YAML number such as 2 is read as the two-digit code "02". */
    public List<String> stringListParameter(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("KPI " + id + " needs a list parameter '" + name + "'");
        }
        return list.stream().map(KpiDefinition::code).toList();
    }

    static String code(Object value) {
        return value instanceof Number n ? String.format("%02d", n.intValue()) : String.valueOf(value);
    }

    /** The document the KPI comes from: its own {@code source} parameter, else the catalogue's source. */
    public String sourceDocument(KpiCatalog catalog) {
        return stringParameter("source", catalog.source());
    }

    /** Clients in care needed before the provider is measured: the KPI's own override, else the catalogue's. */
    public int minimumClients(KpiCatalog catalog) {
        return intParameter("minimumClients", catalog.minimumClients());
    }

    /** A simulation (e.g. outcome financing) is shown labelled as such and never escalated. */
    public boolean isSimulation() {
        return Boolean.TRUE.equals(parameters.get("simulation"));
    }
}
