package nl.wmoscorecards.site;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI results file: {@code {"year","asOf","results":[...],"causes":[{"region","provider","kpi","counts":{}}]}},
 * one row for every (region, provider, KPI) with a population, and beside it each measured row's breakdown: the run
 * output, with every figure. What the public site may show of it is decided by {@link PublicationPolicy} and written
 * by {@link DataFileRenderer}. Written as a stream: a national year is hundreds of thousands of rows, and a tree of
 * them would only be built to be thrown away.
 */
public final class KpiRunJson {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private KpiRunJson() {
    }

    public static String toJson(KpiRun run) {
        StringWriter out = new StringWriter(256 + run.results().size() * 320);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, run.year(), run.asOf(), run.results(), KpiRunJson::writeResult,
                    r -> r.measured() && !r.causes().isEmpty(), KpiRunJson::writeCauses);
        }
        return out.toString();
    }

    /**
     * The layout this file and the site's copy ({@link DataFileRenderer}) share: the year, the date, every result,
     * then the breakdown of each result that has one.
     */
    static <R> void write(JsonGenerator json, int year, LocalDate asOf, List<R> results,
                          BiConsumer<JsonGenerator, R> result, Predicate<R> hasCauses,
                          BiConsumer<JsonGenerator, R> causes) {
        json.writeStartObject();
        json.writeNumberProperty("year", year);
        json.writeStringProperty("asOf", asOf.toString());
        json.writeArrayPropertyStart("results");
        for (R r : results) {
            result.accept(json, r);
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("causes");
        for (R r : results) {
            if (hasCauses.test(r)) {
                causes.accept(json, r);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, KpiResult r) {
        json.writeStartObject();
        json.writeNumberProperty("year", r.year());
        json.writeStringProperty("region", r.region());
        json.writeStringProperty("provider", r.provider());
        json.writeStringProperty("kpi", r.kpi());
        json.writeBooleanProperty("measured", r.measured());
        // The reason as a stable code and as the Dutch words the site shows ("vóór de contractfase").
        json.writeStringProperty("reason", r.measured() ? null : r.notMeasured().reason().code());
        json.writeStringProperty("reasonText", r.measured() ? null : r.notMeasured().dutch());
        writeNumber(json, "value", r.value());
        writeNumber(json, "numerator", r.numerator());
        json.writeNumberProperty("denominator", r.denominator());
        json.writeNumberProperty("clients", r.clients());
        writeNumber(json, "respondents", r.respondents());
        json.writeStringProperty("band", r.band() == null ? null : r.band().code());
        writeNumber(json, "surveyYear", r.surveyYear());
        json.writeEndObject();
    }

    private static void writeCauses(JsonGenerator json, KpiResult r) {
        json.writeStartObject();
        json.writeStringProperty("region", r.region());
        json.writeStringProperty("provider", r.provider());
        json.writeStringProperty("kpi", r.kpi());
        // Nested, because a cause may be called "provider"; sorted, because Map.copyOf's order varies per JVM.
        json.writeObjectPropertyStart("counts");
        for (Map.Entry<String, Integer> e : new TreeMap<>(r.causes()).entrySet()) {
            json.writeNumberProperty(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeNumber(JsonGenerator json, String name, Object value) {
        json.writeName(name);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else {
            json.writeNumber(((Number) value).longValue());
        }
    }
}
