package nl.wmoscorecards.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes data/kpi-results-{year}.json: every published result of the year in the shape of the engine's KPI results
 * file ({@code {"year","asOf","results":[...],"causes":[...]}}), with each withheld figure as null and each
 * breakdown as the publication policy left it (the parts it shows, and the rest folded together). The engine's
 * own file (core's KpiRunJson) stays the run output; this is the site's copy, so it cannot show more than the pages.
 */
final class DataFileRenderer {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Streamed to the file as UTF-8 (a national year is megabytes): the same bytes as the text encoded. */
    void render(SiteModel model, PublishedRun run, SiteWriter out) throws IOException {
        out.stream(SitePaths.dataFile(run.year()), stream -> {
            try (JsonGenerator json = JSON.createGenerator(stream)) {
                KpiRunJson.write(json, run.year(), run.asOf(), run.results(), DataFileRenderer::writeResult,
                        DataFileRenderer::hasBreakdown, DataFileRenderer::writeBreakdown);
            }
        });
    }

    private static boolean hasBreakdown(PublishedResult r) {
        Breakdown breakdown = r.breakdown().orNull();
        return r.measured() && breakdown != null && !breakdown.isEmpty();
    }

    /** One result as the data file and the revision log write it: a withheld figure is null. */
    static void writeResult(JsonGenerator json, PublishedResult r) {
        json.writeStartObject();
        json.writeNumberProperty("year", r.year());
        writeWhose(json, r);
        json.writeBooleanProperty("measured", r.measured());
        json.writeStringProperty("reason", r.measured() ? null : r.notMeasured().reason().code());
        json.writeStringProperty("reasonText", r.measured() ? null : r.notMeasured().dutch());
        writeFigure(json, "value", r.value());
        writeFigure(json, "numerator", r.numerator());
        writeFigure(json, "denominator", r.population());
        writeFigure(json, "clients", r.clients());
        writeFigure(json, "respondents", r.respondents());
        json.writeStringProperty("band", r.band() == null ? null : r.band().code());
        writeFigure(json, "surveyYear", Figure.ofNullable(r.surveyYear(), "geen enquête"));
        json.writeEndObject();
    }

    /** A published breakdown: the parts by code, sorted (a cause may be called "provider", so they are nested). */
    private static void writeBreakdown(JsonGenerator json, PublishedResult r) {
        Breakdown breakdown = r.breakdown().orNull();
        json.writeStartObject();
        writeWhose(json, r);
        json.writeName("counts");
        json.writeStartObject();
        new TreeMap<>(breakdown.parts()).forEach(json::writeNumberProperty);
        json.writeEndObject();
        // The small parts folded together; absent when every part is in counts (always so in the internal edition).
        if (breakdown.rest() > 0) {
            json.writeNumberProperty("rest", breakdown.rest());
        }
        json.writeEndObject();
    }

    private static void writeWhose(JsonGenerator json, PublishedResult r) {
        json.writeStringProperty("region", r.region());
        json.writeStringProperty("provider", r.provider());
        json.writeStringProperty("kpi", r.kpi());
    }

    private static void writeFigure(JsonGenerator json, String name, Figure<? extends Number> figure) {
        json.writeName(name);
        Number value = figure.orNull();
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else {
            json.writeNumber(value.longValue());
        }
    }
}
