package nl.wmoscorecards.core.json;

import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The KPI results file: {@code {"year","asOf","results":[...],"causes":[...]}}, one row for every
 * (region, provider, KPI) with a population. The public edition suppresses every count of a group that
 * was not measured, so no small group can be read from it.
 */
public final class KpiRunJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private KpiRunJson() {
    }

    public static String toJson(KpiRun run, boolean suppressUnmeasuredCounts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", run.year());
        root.put("asOf", run.asOf().toString());
        ArrayNode rows = root.putArray("results");
        ArrayNode causes = root.putArray("causes");
        for (KpiResult r : run.results()) {
            boolean suppress = suppressUnmeasuredCounts && !r.measured();
            ObjectNode row = rows.addObject();
            row.put("year", r.year());
            row.put("region", r.region());
            row.put("provider", r.provider());
            row.put("kpi", r.kpi());
            row.put("measured", r.measured());
            row.put("reason", r.reason());
            row.put("value", r.value());
            if (suppress) {
                row.putNull("numerator");
                row.putNull("denominator");
                row.putNull("clients");
                row.putNull("respondents");
            } else {
                row.put("numerator", r.numerator());
                row.put("denominator", r.denominator());
                row.put("clients", r.clients());
                row.put("respondents", r.respondents());
            }
            row.put("band", r.band());
            if (r.measured() && !r.causes().isEmpty()) {
                ObjectNode cause = causes.addObject();
                cause.put("region", r.region());
                cause.put("provider", r.provider());
                cause.put("kpi", r.kpi());
                for (Map.Entry<String, Integer> e : r.causes().entrySet()) {
                    cause.put(e.getKey(), e.getValue());
                }
            }
        }
        return JSON.writeValueAsString(root);
    }
}
